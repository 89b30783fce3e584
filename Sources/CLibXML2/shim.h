// The only header that names libxml2, zlib and iconv. Swift code reaches C through
// Winnow's Parsing layer alone; the small helpers below keep byte loops out of Swift.
#ifndef WINNOW_CLIBXML2_SHIM_H
#define WINNOW_CLIBXML2_SHIM_H

// libxml2 built with ICU makes <libxml/encoding.h> include ICU's headers, whose types then
// clash with the copy of ICU inside Swift's Foundation in any module that imports both
// ("'UErrorCode' has different definitions in different modules"). Winnow hands libxml2
// UTF-8 only and converts with iconv, so it never touches the ICU converter fields; hiding
// them keeps ICU out of this module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <zlib.h>
#include <iconv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/// Options for every parse: recover from broken markup, stay silent, never touch the
/// network, ignore in-document charset declarations (the input is already UTF-8), and lift
/// libxml2's hard limits (nesting depth, text node size); the input size is capped before.
static inline int winnow_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
           HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
}

/// Elements nested deeper than this are put beside their parent rather than inside it, as
/// browsers do past a similar depth (Blink: 512). Without this, libxml2 stops the whole parse
/// at its own limit (256 levels; 2048 with XML_PARSE_HUGE from 2.11 on) and the rest of the
/// page is lost.
#define WINNOW_MAX_DEPTH 512

/// The SAX callbacks the depth guard wraps, and how many elements it has flattened that are
/// still open. Lives on the stack of `winnow_parse_utf8`, reached through `ctxt->_private`.
typedef struct {
    startElementSAXFunc start;
    endElementSAXFunc end;
    unsigned long flattened;
} winnow_depth_guard;

static void winnow_start_element(void *ctx, const xmlChar *name, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    winnow_depth_guard *guard = (winnow_depth_guard *)ctxt->_private;
    // libxml2 documents `_private` as never touched; should a version reset it, parse plainly.
    if (guard == NULL) { xmlSAX2StartElement(ctx, name, attributes); return; }
    int before = ctxt->nodeNr;
    guard->start(ctx, name, attributes);
    if (ctxt->nodeNr > before && ctxt->nodeNr > WINNOW_MAX_DEPTH) {
        // Keep the element, but close it at once: what follows goes to its parent.
        nodePop(ctxt);
        guard->flattened++;
    }
}

static void winnow_end_element(void *ctx, const xmlChar *name) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    winnow_depth_guard *guard = (winnow_depth_guard *)ctxt->_private;
    if (guard == NULL) { xmlSAX2EndElement(ctx, name); return; }
    // SAX start and end events nest, and while any flattened element is open every new one
    // is flattened too, so the innermost open element is a flattened one until the count is 0.
    if (guard->flattened > 0) {
        guard->flattened--;
        return;
    }
    guard->end(ctx, name);
}

/// Parses UTF-8 bytes into a document, or returns NULL.
static inline xmlDocPtr winnow_parse_utf8(const char *bytes, int length) {
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    winnow_depth_guard guard = { ctxt->sax->startElement, ctxt->sax->endElement, 0 };
    if (guard.start != NULL && guard.end != NULL) {
        ctxt->_private = &guard;
        ctxt->sax->startElement = winnow_start_element;
        ctxt->sax->endElement = winnow_end_element;
    }
    xmlDocPtr doc = htmlCtxtReadMemory(ctxt, bytes, length, NULL, "UTF-8", winnow_html_options());
    htmlFreeParserCtxt(ctxt);
    return doc;
}

/// Doubles an output buffer, keeping the write position. Returns 0 when memory runs out
/// (the buffer is then untouched and still owned by the caller).
static inline int winnow_grow(unsigned char **out, size_t *capacity, char **out_ptr, size_t *out_left) {
    size_t used = (size_t)(*out_ptr - (char *)*out);
    unsigned char *grown = (unsigned char *)realloc(*out, *capacity * 2);
    if (!grown) return 0;
    *capacity *= 2;
    *out = grown;
    *out_ptr = (char *)grown + used;
    *out_left = *capacity - used;
    return 1;
}

/// Converts `length` bytes in `charset` to UTF-8 with iconv. Invalid sequences become
/// U+FFFD and decoding goes on, as a browser's decoder does.
/// Returns a malloc'ed buffer (caller frees) and its size, or NULL when iconv does not know
/// the charset.
static inline unsigned char *winnow_iconv_to_utf8(const char *charset, const unsigned char *input,
                                                  size_t length, size_t *out_length) {
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1) return NULL;
    size_t capacity = length * 4 + 16;
    unsigned char *out = (unsigned char *)malloc(capacity);
    if (!out) { iconv_close(cd); return NULL; }
    char *in_ptr = (char *)input;
    size_t in_left = length;
    char *out_ptr = (char *)out;
    size_t out_left = capacity;
    while (in_left > 0) {
        size_t r = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
        if (r != (size_t)-1) break;
        if (errno == E2BIG) {
            if (!winnow_grow(&out, &capacity, &out_ptr, &out_left)) { free(out); iconv_close(cd); return NULL; }
        } else {
            // EILSEQ or EINVAL (truncated tail): emit U+FFFD, skip one byte.
            if (out_left < 3 && !winnow_grow(&out, &capacity, &out_ptr, &out_left)) {
                free(out); iconv_close(cd); return NULL;
            }
            *out_ptr++ = (char)0xEF; *out_ptr++ = (char)0xBF; *out_ptr++ = (char)0xBD;
            out_left -= 3;
            in_ptr++; in_left--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    iconv_close(cd);
    *out_length = (size_t)(out_ptr - (char *)out);
    return out;
}

/// Inflates gzip data. Returns a malloc'ed buffer (caller frees) or NULL on corrupt input.
/// `limit` caps the output size to defuse decompression bombs; `*status` is 0 on success,
/// 1 on corrupt data, 2 when the limit was reached.
static inline unsigned char *winnow_gunzip(const unsigned char *input, size_t length, size_t limit,
                                           size_t *out_length, int *status) {
    z_stream zs;
    memset(&zs, 0, sizeof(zs));
    *status = 1;
    if (inflateInit2(&zs, 15 + 32) != Z_OK) return NULL;
    size_t capacity = length * 4 + 1024;
    if (capacity > limit + 1) capacity = limit + 1;
    unsigned char *out = (unsigned char *)malloc(capacity);
    if (!out) { inflateEnd(&zs); return NULL; }
    zs.next_in = (Bytef *)input;
    zs.avail_in = (uInt)(length > 0xFFFFFFFFu ? 0xFFFFFFFFu : length);
    size_t produced = 0;
    for (;;) {
        if (produced == capacity) {
            if (capacity > limit) { *status = 2; break; }
            size_t grown_capacity = capacity * 2;
            if (grown_capacity > limit + 1) grown_capacity = limit + 1;
            unsigned char *grown = (unsigned char *)realloc(out, grown_capacity);
            if (!grown) { free(out); inflateEnd(&zs); return NULL; }
            out = grown;
            capacity = grown_capacity;
        }
        zs.next_out = out + produced;
        zs.avail_out = (uInt)(capacity - produced);
        int r = inflate(&zs, Z_NO_FLUSH);
        produced = capacity - zs.avail_out;
        if (r == Z_STREAM_END) {
            // Concatenated gzip members: keep going while input remains.
            if (zs.avail_in > 0 && inflateReset(&zs) == Z_OK) continue;
            *status = 0;
            break;
        }
        if (r == Z_OK) continue;
        if (r == Z_BUF_ERROR && zs.avail_out == 0) continue;
        break; // corrupt or truncated
    }
    inflateEnd(&zs);
    if (*status != 0) {
        if (*status == 1 && produced > 0) {
            // A truncated stream still yields what it had: report it as success so that
            // nothing readable is lost; the caller treats the result as partial input.
            *status = 3;
        } else {
            free(out);
            return NULL;
        }
    }
    *out_length = produced;
    return out;
}

#endif

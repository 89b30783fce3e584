// The only header that names libxml2, zlib and iconv. Swift code reaches C through
// Winnow's Parsing layer alone; the small helpers below keep byte loops out of Swift.
#ifndef WINNOW_CLIBXML2_SHIM_H
#define WINNOW_CLIBXML2_SHIM_H

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <zlib.h>
#include <iconv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/// Options for every parse: recover from broken markup, stay silent, never touch the
/// network, and ignore in-document charset declarations (the input is already UTF-8).
static inline int winnow_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
           HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
}

/// Winnow's SAX callbacks. Their types are plain pointers and integers on purpose: Swift code
/// that named libxml2's parser context or SAX handler structs would drag their ICU-typed fields
/// into Winnow's module, which clashes with Foundation's ICU in debug builds of its clients.
/// `builder` is the caller's, `ctxt` the parser context for the `winnow_sax_*` helpers below.
typedef struct {
    void (*start_document)(void *builder);
    void (*doctype)(void *builder);
    void (*start_element)(void *builder, void *ctxt, const xmlChar *name, const xmlChar **attributes);
    void (*end_element)(void *builder, void *ctxt);
    void (*text)(void *builder, void *ctxt, const xmlChar *bytes, int length, int type);
    void (*other_node)(void *builder, void *ctxt);
} winnow_sax_callbacks;

typedef struct {
    const winnow_sax_callbacks *callbacks;
    void *builder;
} winnow_sax_user;

static inline winnow_sax_user *winnow_sax_user_of(void *ctx) {
    return (winnow_sax_user *)((xmlParserCtxtPtr)ctx)->_private;
}
static void winnow_sax_start_document(void *ctx) {
    winnow_sax_user *u = winnow_sax_user_of(ctx);
    u->callbacks->start_document(u->builder);
}
static void winnow_sax_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id,
                                       const xmlChar *system_id) {
    (void)name; (void)external_id; (void)system_id;
    winnow_sax_user *u = winnow_sax_user_of(ctx);
    u->callbacks->doctype(u->builder);
}
static void winnow_sax_start_element(void *ctx, const xmlChar *name, const xmlChar **attributes) {
    winnow_sax_user *u = winnow_sax_user_of(ctx);
    u->callbacks->start_element(u->builder, ctx, name, attributes);
}
static void winnow_sax_end_element(void *ctx, const xmlChar *name) {
    (void)name;
    winnow_sax_user *u = winnow_sax_user_of(ctx);
    u->callbacks->end_element(u->builder, ctx);
}
static void winnow_sax_characters(void *ctx, const xmlChar *bytes, int length) {
    winnow_sax_user *u = winnow_sax_user_of(ctx);
    u->callbacks->text(u->builder, ctx, bytes, length, 1);
}
static void winnow_sax_cdata(void *ctx, const xmlChar *bytes, int length) {
    winnow_sax_user *u = winnow_sax_user_of(ctx);
    u->callbacks->text(u->builder, ctx, bytes, length, 2);
}
static void winnow_sax_comment(void *ctx, const xmlChar *value) {
    (void)value;
    winnow_sax_user *u = winnow_sax_user_of(ctx);
    u->callbacks->other_node(u->builder, ctx);
}
static void winnow_sax_pi(void *ctx, const xmlChar *target, const xmlChar *data) {
    (void)target; (void)data;
    winnow_sax_user *u = winnow_sax_user_of(ctx);
    u->callbacks->other_node(u->builder, ctx);
}

/// Parses UTF-8 bytes as `htmlReadMemory(bytes, length, NULL, "UTF-8", winnow_html_options())`
/// does (the steps of htmlReadMemory and its htmlDoRead: same options, same encoding switch),
/// but with Winnow's SAX callbacks in place of libxml2's tree builder, so that no libxml2 tree
/// is built, copied and freed.
/// Returns 0, or -1 when libxml2 could not make a parser context (htmlReadMemory's NULL).
static inline int winnow_sax_parse_utf8(const char *bytes, int length,
                                        const winnow_sax_callbacks *callbacks, void *builder) {
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof(sax));
    sax.startDocument = winnow_sax_start_document;
    sax.internalSubset = winnow_sax_internal_subset;
    sax.startElement = winnow_sax_start_element;
    sax.endElement = winnow_sax_end_element;
    sax.characters = winnow_sax_characters;
    sax.cdataBlock = winnow_sax_cdata;
    sax.comment = winnow_sax_comment;
    sax.processingInstruction = winnow_sax_pi;
    sax.initialized = 1;
    winnow_sax_user user = { callbacks, builder };

    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(bytes, length);
    if (ctxt == NULL) return -1;
    if (ctxt->sax == NULL) { xmlFreeParserCtxt(ctxt); return -1; }
    memcpy(ctxt->sax, &sax, sizeof(xmlSAXHandlerV1));
    ctxt->_private = &user;
    htmlCtxtUseOptions(ctxt, winnow_html_options());
    ctxt->html = 1;
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler("UTF-8");
    if (handler != NULL) {
        xmlSwitchToEncoding(ctxt, handler);
        if (ctxt->input->encoding != NULL) xmlFree((xmlChar *)ctxt->input->encoding);
        ctxt->input->encoding = xmlStrdup((const xmlChar *)"UTF-8");
    }
    htmlParseDocument(ctxt);
    if (ctxt->myDoc != NULL) { xmlFreeDoc(ctxt->myDoc); ctxt->myDoc = NULL; }
    xmlFreeParserCtxt(ctxt);
    return 0;
}

/// The depth of libxml2's node stack.
static inline int winnow_sax_depth(void *ctxt) { return ((xmlParserCtxtPtr)ctxt)->nodeNr; }

/// Pushes a placeholder on libxml2's node stack in place of a real element, so that the
/// parser's own depth limit and stack pops behave as with its tree builder (the parser only
/// reads the node: an element with no children). Returns what nodePush returns (< 0: the
/// depth limit was hit and the parser halted).
static inline int winnow_sax_push(void *ctxt) {
    static xmlNode placeholder = { NULL, XML_ELEMENT_NODE };
    return nodePush((xmlParserCtxtPtr)ctxt, &placeholder);
}

/// Pops libxml2's node stack, as the tree builder's endElement does.
static inline void winnow_sax_pop(void *ctxt) { (void)nodePop((xmlParserCtxtPtr)ctxt); }

/// What libxml2's tree builder does when a text node would outgrow XML_MAX_TEXT_LENGTH
/// without XML_PARSE_HUGE (xmlSAX2Text's "huge text node" error): the chunk is dropped and
/// SAX is disabled, as after a memory error.
static inline void winnow_sax_fail_huge_text(void *ctxt) {
    xmlParserCtxtPtr c = (xmlParserCtxtPtr)ctxt;
    c->errNo = XML_ERR_NO_MEMORY;
    c->instate = XML_PARSER_EOF;
    c->disableSAX = 1;
}

static inline size_t winnow_max_text_length(void) { return XML_MAX_TEXT_LENGTH; }

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
            size_t used = (size_t)(out_ptr - (char *)out);
            capacity *= 2;
            unsigned char *grown = (unsigned char *)realloc(out, capacity);
            if (!grown) { free(out); iconv_close(cd); return NULL; }
            out = grown;
            out_ptr = (char *)out + used;
            out_left = capacity - used;
        } else {
            // EILSEQ or EINVAL (truncated tail): emit U+FFFD, skip one byte.
            if (out_left < 3) {
                size_t used = (size_t)(out_ptr - (char *)out);
                capacity *= 2;
                unsigned char *grown = (unsigned char *)realloc(out, capacity);
                if (!grown) { free(out); iconv_close(cd); return NULL; }
                out = grown;
                out_ptr = (char *)out + used;
                out_left = capacity - used;
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

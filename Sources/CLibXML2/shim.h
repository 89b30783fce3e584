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
/// network, ignore in-document charset declarations (the input is already UTF-8), and lift
/// libxml2's hard limits (nesting depth, text node size); the input size is capped before.
static inline int winnow_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
           HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
}

/// Winnow's SAX callbacks. Their types are plain pointers and integers on purpose: Swift code
/// that named libxml2's parser context or SAX handler structs would drag their ICU-typed fields
/// into Winnow's module. `builder` is the caller's, `ctxt` the parser context for the
/// `winnow_sax_*` helpers below.
typedef struct {
    void (*start_document)(void *builder);
    void (*start_element)(void *builder, void *ctxt, const xmlChar *name, const xmlChar **attributes);
    void (*end_element)(void *builder, void *ctxt);
    void (*text)(void *builder, void *ctxt, const xmlChar *bytes, int length);
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
    u->callbacks->text(u->builder, ctx, bytes, length);
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
    sax.startElement = winnow_sax_start_element;
    sax.endElement = winnow_sax_end_element;
    sax.characters = winnow_sax_characters;
    sax.cdataBlock = winnow_sax_characters;
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
/// parser's own stack pops behave as with its tree builder (the parser only reads the node:
/// an element with no children). Returns what nodePush returns (< 0: the parser halted).
static inline int winnow_sax_push(void *ctxt) {
    static xmlNode placeholder = { NULL, XML_ELEMENT_NODE };
    return nodePush((xmlParserCtxtPtr)ctxt, &placeholder);
}

/// Pops libxml2's node stack, as the tree builder's endElement does.
static inline void winnow_sax_pop(void *ctxt) { (void)nodePop((xmlParserCtxtPtr)ctxt); }

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
    // Return a stateful encoding to its initial state: whatever the converter still holds
    // is written out now rather than lost.
    while (iconv(cd, NULL, NULL, &out_ptr, &out_left) == (size_t)-1 && errno == E2BIG) {
        if (!winnow_grow(&out, &capacity, &out_ptr, &out_left)) { free(out); iconv_close(cd); return NULL; }
    }
    iconv_close(cd);
    *out_length = (size_t)(out_ptr - (char *)out);
    return out;
}

/// The result of `winnow_utf8_scan`.
typedef struct {
    int valid;        // no malformed sequence (one cut short by the end of input is allowed)
    int multi_byte;   // at least one byte ≥ 0x80 was seen before the verdict
    int clean;        // no NUL and only well-formed sequences (WHATWG's decoder): nothing to repair
} winnow_utf8_verdict;

/// Whether the 8 bytes of `w` are all ASCII.
#define WINNOW_ALL_ASCII(w) (((w) & 0x8080808080808080ULL) == 0)

/// Tells whether bytes are UTF-8 (lead bytes and continuation counts; overlong forms pass, as
/// they did in the Swift scan this replaces) and whether any character needed several bytes.
/// ASCII runs are skipped eight bytes at a time: pages are mostly ASCII markup.
static inline winnow_utf8_verdict winnow_utf8_scan(const unsigned char *bytes, size_t n) {
    winnow_utf8_verdict verdict = { 1, 0, 1 };
    size_t i = 0;
    while (i < n) {
        while (i + 8 <= n) {
            unsigned long long w;
            memcpy(&w, bytes + i, 8);
            if (!WINNOW_ALL_ASCII(w) || ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char b = bytes[i];
        if (b < 0x80) {
            if (b == 0) verdict.clean = 0;
            i++;
            continue;
        }
        verdict.multi_byte = 1;
        size_t length;
        if ((b & 0xE0) == 0xC0 && b >= 0xC2) length = 2;
        else if ((b & 0xF0) == 0xE0) length = 3;
        else if ((b & 0xF8) == 0xF0 && b <= 0xF4) length = 4;
        else { verdict.valid = 0; verdict.clean = 0; return verdict; }
        // A sequence cut by the end of the input (a truncated page) does not make the page
        // something other than UTF-8.
        if (i + length > n) { verdict.clean = 0; return verdict; }
        for (size_t k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) { verdict.valid = 0; verdict.clean = 0; return verdict; }
        }
        // Overlong forms, surrogates and values past U+10FFFF pass as UTF-8 here but are
        // repaired before the parse (`winnow_utf8_sequence_length` bounds the second byte).
        unsigned char second = bytes[i + 1];
        if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F) || (b == 0xF0 && second < 0x90) ||
            (b == 0xF4 && second > 0x8F)) verdict.clean = 0;
        i += length;
    }
    return verdict;
}

/// The length of the well-formed UTF-8 sequence at `p` (WHATWG's decoder: no overlong forms,
/// no surrogates, nothing past U+10FFFF), or 0 when it is malformed.
static inline size_t winnow_utf8_sequence_length(const unsigned char *p, const unsigned char *end) {
    unsigned char b0 = p[0];
    if (b0 < 0x80) return 1;
    unsigned char low = 0x80, high = 0xBF;
    size_t length;
    if (b0 >= 0xC2 && b0 <= 0xDF) length = 2;
    else if (b0 == 0xE0) { length = 3; low = 0xA0; }
    else if (b0 == 0xED) { length = 3; high = 0x9F; }
    else if (b0 >= 0xE1 && b0 <= 0xEF) length = 3;
    else if (b0 == 0xF0) { length = 4; low = 0x90; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) length = 4;
    else if (b0 == 0xF4) { length = 4; high = 0x8F; }
    else return 0;
    if ((size_t)(end - p) < length) return 0;
    if (p[1] < low || p[1] > high) return 0;
    for (size_t k = 2; k < length; k++) {
        if (p[k] < 0x80 || p[k] > 0xBF) return 0;
    }
    return length;
}

/// An output buffer that grows as bytes are appended.
typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t capacity;
    int failed;
    /// Whether the input its bytes come from needs no repair (no NUL, only well-formed UTF-8:
    /// `winnow_utf8_scan`'s `clean`), so that `winnow_append_repaired` copies them as they are.
    int clean_input;
} winnow_buffer;

static inline void winnow_buffer_append(winnow_buffer *b, const unsigned char *p, size_t n) {
    if (b->failed) return;
    if (b->length + n > b->capacity) {
        size_t capacity = b->capacity * 2;
        if (capacity < b->length + n) capacity = b->length + n + 64;
        unsigned char *grown = (unsigned char *)realloc(b->bytes, capacity);
        if (!grown) { b->failed = 1; return; }
        b->bytes = grown;
        b->capacity = capacity;
    }
    memcpy(b->bytes + b->length, p, n);
    b->length += n;
}

/// Appends `in[0..<n]` with NUL bytes dropped (libxml2 reads NUL as the end of its input and
/// browsers do not render it) and every malformed UTF-8 sequence replaced by U+FFFD, one
/// replacement per bad byte, as the WHATWG decoder does.
static inline void winnow_append_repaired(winnow_buffer *out, const unsigned char *in, size_t n) {
    if (out->clean_input) { winnow_buffer_append(out, in, n); return; }
    static const unsigned char replacement[3] = { 0xEF, 0xBF, 0xBD };
    const unsigned char *end = in + n;
    const unsigned char *p = in;
    const unsigned char *run = in;  // start of the bytes not yet appended, all good
    while (p < end) {
        while (p + 8 <= end) {
            unsigned long long w;
            memcpy(&w, p, 8);
            // All ASCII and no zero byte: nothing to look at.
            if (!WINNOW_ALL_ASCII(w) || ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)) break;
            p += 8;
        }
        if (p >= end) break;
        unsigned char b = *p;
        if (b != 0 && b < 0x80) { p++; continue; }
        if (b == 0) {
            winnow_buffer_append(out, run, (size_t)(p - run));
            p++;
            run = p;
            continue;
        }
        size_t length = winnow_utf8_sequence_length(p, end);
        if (length > 0) { p += length; continue; }
        winnow_buffer_append(out, run, (size_t)(p - run));
        winnow_buffer_append(out, replacement, 3);
        p++;
        run = p;
    }
    winnow_buffer_append(out, run, (size_t)(end - run));
}

/// How many of the bytes `p[0..<n]` are ASCII whitespace as Swift's `UInt8.isASCIIWhitespace`
/// has it (tab, line feed, form feed, carriage return, space): the rules count the blank bytes
/// of every text node of a page. A loop without branches over blocks of at most 240 bytes with
/// a one-byte count, which the compiler keeps in the byte lanes of a vector register (a `size_t`
/// count widened every lane's compare to 64 bits, four instructions more for each 16 bytes); a
/// block's total fits a byte.
static inline size_t winnow_count_blank(const unsigned char *p, size_t n) {
    size_t count = 0;
    while (n > 0) {
        size_t m = n < 240 ? n : 240;
        unsigned char c = 0;
        for (size_t i = 0; i < m; i++) {
            unsigned char b = p[i];
            c += (b == 0x20) | (b == 0x09) | (b == 0x0A) | (b == 0x0C) | (b == 0x0D);
        }
        count += c;
        p += m;
        n -= m;
    }
    return count;
}

/// Whether `p` starts with the ASCII letters of `lower`, in any case.
static inline int winnow_starts_with_ci(const unsigned char *p, const unsigned char *end, const char *lower) {
    for (; *lower; lower++, p++) {
        if (p >= end || (*p | 0x20) != (unsigned char)*lower) return 0;
    }
    return 1;
}

/// The first occurrence of `needle[0..<m]` in `haystack[0..<n]`, or NULL (glibc's memmem
/// needs _GNU_SOURCE, which a module header cannot set before the system headers are read).
static inline const unsigned char *winnow_find(const unsigned char *haystack, size_t n,
                                               const char *needle, size_t m) {
    if (m == 0 || n < m) return m == 0 ? haystack : NULL;
    const unsigned char *p = haystack;
    const unsigned char *last = haystack + n - m;
    while (p <= last) {
        p = (const unsigned char *)memchr(p, (unsigned char)needle[0], (size_t)(last - p) + 1);
        if (!p) return NULL;
        if (memcmp(p + 1, needle + 1, m - 1) == 0) return p;
        p++;
    }
    return NULL;
}

/// The first `</name` (any case) at or after `p`, or NULL. libxml2 ends a script or style
/// element at the first such end tag, whatever follows the name.
static inline const unsigned char *winnow_find_end_tag(const unsigned char *p, const unsigned char *end,
                                                       const char *name) {
    while (p < end) {
        const unsigned char *lt = (const unsigned char *)memchr(p, '<', (size_t)(end - p));
        if (!lt) return NULL;
        if (lt + 1 < end && lt[1] == '/' && winnow_starts_with_ci(lt + 2, end, name)) return lt;
        p = lt + 1;
    }
    return NULL;
}

/// The `</svg` that closes an `<svg>` whose body starts at `p`, or NULL when it never
/// closes or another `<svg` starts first (nested graphics are rare; their bodies are then
/// left to the parser rather than risk cutting at the wrong end tag).
static inline const unsigned char *winnow_find_svg_end(const unsigned char *p, const unsigned char *end) {
    while (p < end) {
        const unsigned char *lt = (const unsigned char *)memchr(p, '<', (size_t)(end - p));
        if (!lt) return NULL;
        if (lt + 1 < end && lt[1] == '/' && winnow_starts_with_ci(lt + 2, end, "svg")) return lt;
        if (winnow_starts_with_ci(lt + 1, end, "svg")) return NULL;
        p = lt + 1;
    }
    return NULL;
}

/// Whether `c` is white space to libxml2's HTML parser (IS_BLANK_CH: no form feed).
static inline int winnow_is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Bytes of names to libxml2's htmlParseHTMLName: 2 for those that may start one (letters,
/// `_:.`), 1 for those that may only continue one (digits, `-`).
static const unsigned char winnow_name_bytes[256] = {
    ['-'] = 1, ['.'] = 2, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1, ['8'] = 1, ['9'] = 1, [':'] = 2, ['_'] = 2,
    ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2, ['H'] = 2, ['I'] = 2,
    ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2,
    ['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2,
    ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2, ['h'] = 2, ['i'] = 2,
    ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2, ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2,
    ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
};

/// The attribute names the caller reads, as the sorted FNV-1a hashes of their bytes with
/// 0x20 set in each (the hashes `AttributeName.named` looks names up by, so that a name is
/// left out exactly when the SAX builder would not copy it).
typedef struct {
    const unsigned long long *hashes;
    size_t count;
} winnow_name_hashes;

static inline int winnow_has_hash(const winnow_name_hashes *names, unsigned long long hash) {
    size_t low = 0, high = names->count;
    while (low < high) {
        size_t middle = (low + high) >> 1;
        unsigned long long h = names->hashes[middle];
        if (h == hash) return 1;
        if (h < hash) low = middle + 1; else high = middle;
    }
    return 0;
}

/// One change the preparation pass makes to a start tag: `[start, end)` is left out (an
/// attribute Winnow never reads) or, when `moves` is set, is a quoted value whose bytes are
/// moved out of libxml2's way and replaced by a placeholder (see `winnow_prepare_utf8`).
typedef struct {
    const unsigned char *start;
    const unsigned char *end;
    int moves;
} winnow_tag_edit;

/// Reads the attributes of a start tag from `p` (just after the element name) as libxml2
/// 2.9's htmlParseStartTag reads them: names as htmlParseHTMLName (letters, digits and
/// `:-_.`, at most 100 bytes), an optional `=` and value (quoted, or unquoted to a blank or
/// `>`), and bytes that start no name passed over to the next blank, until a `>` or `/>`.
/// Returns how many edits the tag takes, or -1 when that reading does not end at `tag_end`
/// (the `>` the preparation pass found) or cuts a name at 100 bytes: the tag is then left as
/// it is. The edits are, in order, every attribute not in `names` (left out; an attribute
/// followed by a stray `=` is kept, see below) and, with `moves_values`, the quoted value of
/// every attribute in `names` that holds no `&` (libxml2 decodes references there, so those
/// values stay for it to read). The first `capacity` edits are stored in `edits`;
/// `self_closed` tells whether libxml2 ends the tag with `/>`.
static inline int winnow_start_tag_edits(const unsigned char *p, const unsigned char *end,
                                         const unsigned char *tag_end, const winnow_name_hashes *names,
                                         int moves_values, winnow_tag_edit *edits, int capacity, int *self_closed) {
    int count = 0;
    while (p < end && winnow_is_blank(*p)) p++;
    while (p < end && *p != '>' && !(*p == '/' && p + 1 < end && p[1] == '>')) {
        if (winnow_name_bytes[*p] == 2) {
            const unsigned char *name = p;
            unsigned long long hash = 0xcbf29ce484222325ULL;
            while (p < end && winnow_name_bytes[*p]) {
                hash = (hash ^ (unsigned long long)(*p | 0x20)) * 0x100000001b3ULL;
                p++;
            }
            if (p - name >= 100) return -1;
            const unsigned char *attribute_end = p;
            const unsigned char *value = NULL, *value_end = NULL;
            const unsigned char *q = p;
            while (q < end && winnow_is_blank(*q)) q++;
            if (q < end && *q == '=') {
                q++;
                while (q < end && winnow_is_blank(*q)) q++;
                if (q < end && (*q == '"' || *q == '\'')) {
                    const unsigned char *close = (const unsigned char *)memchr(q + 1, *q, (size_t)(end - q - 1));
                    if (!close) return -1;
                    value = q + 1;
                    value_end = close;
                    q = close + 1;
                } else {
                    while (q < end && !winnow_is_blank(*q) && *q != '>') q++;
                }
                attribute_end = q;
            }
            // Left out, an attribute must not bring a valueless one before it next to a stray
            // `=` after it (`hidden data-x=1 =y` would give `hidden` the value `y`).
            const unsigned char *next = attribute_end;
            while (next < end && winnow_is_blank(*next)) next++;
            int edit = 0;
            if (!winnow_has_hash(names, hash)) {
                if (!(next < end && *next == '=')) {
                    edit = 1;
                    if (count < capacity) edits[count] = (winnow_tag_edit){ name, attribute_end, 0 };
                }
            } else if (moves_values && value && value_end > value &&
                       !memchr(value, '&', (size_t)(value_end - value))) {
                edit = 1;
                if (count < capacity) edits[count] = (winnow_tag_edit){ value, value_end, 1 };
            }
            count += edit;
            p = attribute_end;
        } else {
            while (p < end && !winnow_is_blank(*p) && *p != '>' && !(*p == '/' && p + 1 < end && p[1] == '>')) p++;
        }
        while (p < end && winnow_is_blank(*p)) p++;
    }
    if (p >= end) return -1;
    *self_closed = *p == '/';
    if (*p == '>') return p == tag_end ? count : -1;
    return p + 1 == tag_end ? count : -1;  // the `/` of `/>`
}

/// A moved value's placeholder is one character, U+F0000 plus the value's number: a single
/// character is all libxml2 copies into a fresh attribute buffer without growing it. Planes 15
/// and 16 are private use, which pages do not write (a page that does, raw or as a reference,
/// has nothing moved).
#define WINNOW_FIRST_PLACEHOLDER 0xF0000u
#define WINNOW_PLACEHOLDER_COUNT (0x10FFFEu - WINNOW_FIRST_PLACEHOLDER)

/// Whether the page holds a character of planes 15 or 16, raw or as a character reference
/// (`&#xF0000;`), which libxml2 would decode into a value that reads as a placeholder.
static inline int winnow_mentions_placeholders(const unsigned char *p, size_t n) {
    const unsigned char *end = p + n;
    // Their UTF-8 starts F3 B0–BF or F4 80–8F: one search for each lead byte.
    for (const unsigned char *q = p; q < end;) {
        const unsigned char *lead = (const unsigned char *)memchr(q, 0xF3, (size_t)(end - q));
        if (!lead || lead + 1 >= end) break;
        if (lead[1] >= 0xB0 && lead[1] <= 0xBF) return 1;
        q = lead + 1;
    }
    for (const unsigned char *q = p; q < end;) {
        const unsigned char *lead = (const unsigned char *)memchr(q, 0xF4, (size_t)(end - q));
        if (!lead || lead + 1 >= end) break;
        if (lead[1] >= 0x80 && lead[1] <= 0x8F) return 1;
        q = lead + 1;
    }
    while (p < end) {
        const unsigned char *amp = (const unsigned char *)memchr(p, '&', (size_t)(end - p));
        if (!amp) return 0;
        p = amp + 1;
        if (p >= end || *p != '#') continue;
        p++;
        int hex = p < end && (*p | 0x20) == 'x';
        if (hex) p++;
        unsigned long value = 0;
        while (p < end && value <= 0x10FFFF) {
            unsigned char c = *p, digit;
            if (c >= '0' && c <= '9') digit = (unsigned char)(c - '0');
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') digit = (unsigned char)((c | 0x20) - 'a' + 10);
            else break;
            value = value * (hex ? 16 : 10) + digit;
            p++;
        }
        if (value >= WINNOW_FIRST_PLACEHOLDER) return 1;
    }
    return 0;
}

/// Whether libxml2 would pass `p[0..<n]` on unchanged as script or element text: its
/// htmlParseScript and htmlParseCharData drop the characters XML does not allow (controls other
/// than tab, line feed and carriage return; U+FFFE and U+FFFF). The bytes are already repaired
/// UTF-8.
static inline int winnow_is_plain_character_data(const unsigned char *p, size_t n) {
    const unsigned char *end = p + n;
    while (p < end) {
        while (p + 8 <= end) {
            unsigned long long w;
            memcpy(&w, p, 8);
            // All ASCII and no byte below 0x20: nothing to look at.
            if (!WINNOW_ALL_ASCII(w) || ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL)) break;
            p += 8;
        }
        if (p >= end) break;
        unsigned char b = *p;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return 0;
        if (b == 0xEF && p + 2 < end && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) return 0;
        p++;
    }
    return 1;
}

/// The result of `winnow_prepare_utf8`. `bytes` is malloc'ed; the caller frees it.
typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t removed_script_bytes;
    /// The moved values, one after another (malloc'ed, or NULL when none was moved); value
    /// `i` is `moved[moved_ends[i - 1] ..< moved_ends[i]]` (from 0 for the first).
    unsigned char *moved;
    unsigned int *moved_ends;
    size_t moved_count;
} winnow_prepared;

/// The values moved so far, and the placeholders' numbers.
typedef struct {
    winnow_buffer bytes;
    unsigned int *ends;
    size_t count;
    size_t capacity;
    int failed;
} winnow_moved_values;

/// Moves `in[0..<n]` (repaired) to `moved` and appends its placeholder to `out`. With
/// `checks_chars` 1 (script text) or 2 (element text), the value is left where it is (and 0
/// returned) unless libxml2 would have passed it on unchanged, and with 2 unless it has a
/// character other than white space among its first 1000 bytes. Returns whether it moved.
static inline int winnow_move_value(winnow_moved_values *moved, winnow_buffer *out, const unsigned char *in,
                                    size_t n, int checks_chars) {
    if (moved->failed || moved->count >= WINNOW_PLACEHOLDER_COUNT || moved->bytes.length + n * 3 >= 0xFFFFFFFFu) return 0;
    if (moved->count == moved->capacity) {
        size_t capacity = moved->capacity ? moved->capacity * 2 : 64;
        unsigned int *grown = (unsigned int *)realloc(moved->ends, capacity * sizeof(unsigned int));
        if (!grown) { moved->failed = 1; return 0; }
        moved->ends = grown;
        moved->capacity = capacity;
    }
    size_t start = moved->bytes.length;
    winnow_append_repaired(&moved->bytes, in, n);
    if (moved->bytes.failed) { moved->failed = 1; return 0; }
    const unsigned char *value = moved->bytes.bytes + start;
    size_t length = moved->bytes.length - start;
    if (checks_chars && !winnow_is_plain_character_data(value, length)) {
        moved->bytes.length = start;
        return 0;
    }
    if (checks_chars == 2) {
        // Text: libxml2 checks its first chunk for an implied paragraph unless it is all white
        // space, and a placeholder is never white space (NULs dropped, text may be left blank).
        size_t k = 0, limit = length < 1000 ? length : 1000;
        while (k < limit && winnow_is_blank(value[k])) k++;
        if (k == limit) {
            moved->bytes.length = start;
            return 0;
        }
    }
    moved->ends[moved->count] = (unsigned int)moved->bytes.length;
    unsigned int c = WINNOW_FIRST_PLACEHOLDER + (unsigned int)moved->count;
    unsigned char placeholder[4] = { (unsigned char)(0xF0 | (c >> 18)), (unsigned char)(0x80 | ((c >> 12) & 0x3F)),
                                     (unsigned char)(0x80 | ((c >> 6) & 0x3F)), (unsigned char)(0x80 | (c & 0x3F)) };
    winnow_buffer_append(out, placeholder, 4);
    moved->count++;
    return 1;
}

/// Moves the text that starts at `t`, right after a tag libxml2 ends where this pass does, up to
/// the next `<` or `&` (a reference, which libxml2 reads apart, after a run of characters that
/// ends there), when libxml2 would read it as one run of characters and hand it on unchanged:
/// a character that is not white space among its first 1000 bytes (libxml2 hands text on in
/// chunks of about 1000 bytes and checks each for an implied paragraph unless it is all white
/// space; a placeholder is never white space), and no character it drops. Returns where the
/// pass goes on: the end of the text moved, or `t` when nothing moved.
static inline const unsigned char *winnow_move_text(winnow_moved_values *moved, winnow_buffer *out,
                                                    const unsigned char **run, const unsigned char *t,
                                                    const unsigned char *end) {
    const unsigned char *lt = (const unsigned char *)memchr(t, '<', (size_t)(end - t));
    if (!lt || lt == t) return t;
    const unsigned char *amp = (const unsigned char *)memchr(t, '&', (size_t)(lt - t));
    const unsigned char *stop = amp ? amp : lt;
    size_t n = (size_t)(stop - t);
    const unsigned char *q = t, *limit = n < 1000 ? stop : t + 1000;
    while (q < limit && winnow_is_blank(*q)) q++;
    if (q == limit) return t;
    winnow_append_repaired(out, *run, (size_t)(t - *run));
    *run = t;
    if (!winnow_move_value(moved, out, t, n, 2)) return t;
    *run = stop;
    return stop;
}

/// Makes decoded UTF-8 ready for libxml2 in one pass: drops NULs, replaces malformed
/// sequences by U+FFFD, and empties what Winnow never reads from a page, so that libxml2 does
/// not tokenise it character by character: the bodies of `<style>` elements, and those of
/// `<script>` elements that are not data (no `json` in the start tag) and that hold none of
/// `keep_markers` (a list of strings, each ended by a NUL, the list by an empty string; the
/// caller's marks of script data it does read). Comments and attribute values are passed over
/// whole, so that a `<script` inside them is not taken for a tag, and a start tag ended by `/>`
/// has no body, as libxml2 reads them. With `read_attributes`, the attributes of start tags
/// whose names are not among them are left out too (`data-*`, event handlers, `loading`,
/// `width`…: about 8 % of a page's bytes, which libxml2 would tokenise, copy and compare
/// with each other for the SAX builder to drop); NULL keeps them.
/// `clean` is 1 when the caller knows the bytes need no repair (`winnow_utf8_scan`'s
/// `clean`), else 0: every piece is then repaired as it is copied.
/// Returns 0, or -1 when memory runs out.
static inline int winnow_prepare_utf8(const unsigned char *in, size_t n, int clean, const char *keep_markers,
                                      const winnow_name_hashes *read_attributes, winnow_prepared *result) {
    winnow_buffer out = { (unsigned char *)malloc(n + 64), 0, n + 64, 0, clean };
    if (!out.bytes) return -1;
    size_t removed = 0;
    const unsigned char *end = in + n;
    const unsigned char *p = in;
    const unsigned char *run = in;  // start of the input not yet appended
    // Attributes are left out only while this pass and libxml2 agree on where every tag so far
    // ended (else what this pass takes for a tag may be a style's or script's text to libxml2),
    // and not in what follows `</`, `<!` or `<?` up to the next `>` (end tags, whose stray
    // text libxml2 passes over to a `>` even inside quotes; declarations; instructions).
    int drops_attributes = read_attributes != NULL;
    const unsigned char *no_drops_before = in;
    // Values are moved on pages where a placeholder cannot be mistaken for a value.
    int moves_values = drops_attributes && !winnow_mentions_placeholders(in, n);
    winnow_moved_values moved = { { NULL, 0, 0, 0, out.clean_input }, NULL, 0, 0, 0 };
    if (moves_values) {
        moved.bytes.capacity = n / 4 + 64;
        moved.bytes.bytes = (unsigned char *)malloc(moved.bytes.capacity);
        if (!moved.bytes.bytes) moves_values = 0;
    }
    int moves_script = 0;  // whether the script whose start tag was just read may be moved
    while (p < end) {
        const unsigned char *lt = (const unsigned char *)memchr(p, '<', (size_t)(end - p));
        if (!lt) break;
        p = lt + 1;
        if (p < end && (*p == '/' || *p == '!' || *p == '?')) {
            const unsigned char *gt = (const unsigned char *)memchr(p, '>', (size_t)(end - p));
            int agrees = drops_attributes && lt > no_drops_before;
            no_drops_before = gt ? gt : end;
            // An end tag with a name ends at its first `>` for libxml2 too; text follows.
            if (gt && *p == '/' && agrees && moves_values && p + 1 < end && winnow_name_bytes[p[1]] == 2) {
                p = winnow_move_text(&moved, &out, &run, gt + 1, end);
                continue;
            }
        }
        if (p + 3 <= end && p[0] == '!' && p[1] == '-' && p[2] == '-') {
            // A comment: its text is never read, so only `<!---->` is passed on (the node
            // itself stays, since where a comment sits decides how libxml2 links top-level
            // elements).
            const unsigned char *close = winnow_find(p + 3, (size_t)(end - p - 3), "-->", 3);
            if (!close) { p = end; break; }
            if (close > p + 3) {
                winnow_append_repaired(&out, run, (size_t)(p + 3 - run));
                run = close;
            }
            p = close + 3;
            continue;
        }
        if (p >= end || !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')) continue;
        // A start tag: its name, then to its `>` with quoted attribute values passed over
        // (libxml2 honours a quote only where a value starts, right after `=`).
        const unsigned char *name = p;
        while (p < end && (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (*p >= '0' && *p <= '9') ||
                           *p == ':' || *p == '-' || *p == '_' || *p == '.')) p++;
        size_t name_length = (size_t)(p - name);
        int is_script = name_length == 6 && winnow_starts_with_ci(name, end, "script");
        int is_style = name_length == 5 && winnow_starts_with_ci(name, end, "style");
        int is_svg = name_length == 3 && winnow_starts_with_ci(name, end, "svg");
        const unsigned char *tag_end = NULL;
        unsigned char previous = 0;  // the last byte that was not white space
        while (p < end) {
            unsigned char c = *p;
            if (c == '>') { tag_end = p; break; }
            if ((c == '"' || c == '\'') && previous == '=') {
                const unsigned char *quote = (const unsigned char *)memchr(p + 1, c, (size_t)(end - p - 1));
                if (!quote) break;
                p = quote + 1;
                previous = c;
                continue;
            }
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) previous = c;
            p++;
        }
        if (!tag_end) { p = end; break; }
        // Attributes Winnow never reads are left out: libxml2 would tokenise them, copy them
        // and compare each name with the tag's others, for the SAX builder to drop them.
        // Their read values with no references are moved out of libxml2's way: it would copy
        // them character by character (a third of its time on a page), to give them back.
        moves_script = 0;
        int moves_start_text = 0;
        if (drops_attributes) {
            enum { capacity = 32 };
            winnow_tag_edit edits[capacity];
            int self_closed = 0;
            int count = -1;
            if (name_length < 100 && !memchr(lt, 0, (size_t)(tag_end - lt))) {
                count = winnow_start_tag_edits(name + name_length, end, tag_end, read_attributes, moves_values, edits,
                                               capacity, &self_closed);
            }
            // A script or style this pass takes for closed (`/>`) must be one to libxml2 too.
            if (count < 0 || ((is_script || is_style) && self_closed != (tag_end[-1] == '/'))) {
                drops_attributes = 0;
            } else if (lt > no_drops_before) {
                moves_script = moves_values && is_script;
                moves_start_text = moves_values && count <= capacity;
                for (int k = 0; k < count && count <= capacity; k++) {
                    winnow_append_repaired(&out, run, (size_t)(edits[k].start - run));
                    if (edits[k].moves &&
                        !winnow_move_value(&moved, &out, edits[k].start, (size_t)(edits[k].end - edits[k].start), 0)) {
                        winnow_append_repaired(&out, edits[k].start, (size_t)(edits[k].end - edits[k].start));
                    }
                    run = edits[k].end;
                }
            }
        }
        p = tag_end + 1;
        if (!is_script && !is_style && !is_svg) {
            if (moves_start_text) p = winnow_move_text(&moved, &out, &run, p, end);
            continue;
        }
        if (tag_end[-1] == '/') continue;  // <script … />: closed at once
        if (is_svg) {
            // Inline vector graphics are never content: their body (paths, often several
            // kilobytes) is left out up to the matching end tag, nested <svg> counted.
            const unsigned char *close = winnow_find_svg_end(p, end);
            if (!close) continue;  // its body is markup to libxml2: scan on inside it
            if (close > p) {
                winnow_append_repaired(&out, run, (size_t)(p - run));
                run = close;
            }
            p = close;
            continue;
        }
        const unsigned char *close = winnow_find_end_tag(p, end, is_script ? "script" : "style");
        if (!close) { p = end; break; }  // the rest of the page is the element's text: keep it
        size_t body = (size_t)(close - p);
        int keep = 0;
        if (is_script) {
            for (const unsigned char *t = lt; t + 4 <= tag_end && !keep; t++) {
                keep = (t[0] | 0x20) == 'j' && (t[1] | 0x20) == 's' && (t[2] | 0x20) == 'o' && (t[3] | 0x20) == 'n';
            }
            for (const char *m = keep_markers; !keep && m && *m; m += strlen(m) + 1) {
                keep = winnow_find(p, body, m, strlen(m)) != NULL;
            }
        }
        if (keep) {
            // A kept body that starts with a tag (NULs aside) is read by libxml2 as markup first:
            // an end tag there can close the script, and what this pass takes for its body is
            // then markup to libxml2. The two readings may part from here on.
            const unsigned char *first = p;
            while (first < close && *first == 0) first++;
            if (first < close && *first == '<') drops_attributes = moves_script = 0;
        }
        if (!keep && body > 0) {
            winnow_append_repaired(&out, run, (size_t)(p - run));
            if (is_script) removed += body;
            run = close;
        } else if (keep && moves_script && body > 0) {
            // A data script libxml2 would copy character by character: moved like a value.
            winnow_append_repaired(&out, run, (size_t)(p - run));
            if (winnow_move_value(&moved, &out, p, body, 1)) run = close;
            else run = p;
        }
        p = close;
    }
    winnow_append_repaired(&out, run, (size_t)(end - run));
    if (out.failed || moved.failed) {
        free(out.bytes);
        free(moved.bytes.bytes);
        free(moved.ends);
        return -1;
    }
    result->bytes = out.bytes;
    result->length = out.length;
    result->removed_script_bytes = removed;
    result->moved = moved.bytes.bytes;
    result->moved_ends = moved.ends;
    result->moved_count = moved.count;
    return 0;
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

/// A gzip (or zlib) inflater for streams too large to hold: `winnow_inflater_new` makes one
/// (NULL when out of memory), `winnow_inflater_free` releases it. The z_stream stays opaque to
/// Swift.
static inline void *winnow_inflater_new(void) {
    z_stream *zs = (z_stream *)calloc(1, sizeof(z_stream));
    if (!zs) return NULL;
    if (inflateInit2(zs, 15 + 32) != Z_OK) { free(zs); return NULL; }
    return zs;
}

static inline void winnow_inflater_free(void *inflater) {
    if (!inflater) return;
    inflateEnd((z_stream *)inflater);
    free(inflater);
}

/// Inflates as much of `input` into `output` as fits. Sets `*consumed` and `*produced`.
/// Returns 0 when it stopped mid-member (more input or more room wanted), 1 when a gzip member
/// ended (the inflater is reset for the next member, which a multi-member stream such as a
/// `.warc.gz` starts right after), -1 on corrupt data.
static inline int winnow_inflater_run(void *inflater, const unsigned char *input, size_t input_length,
                                      size_t *consumed, unsigned char *output, size_t output_length,
                                      size_t *produced) {
    z_stream *zs = (z_stream *)inflater;
    uInt in_chunk = (uInt)(input_length > 0x40000000u ? 0x40000000u : input_length);
    uInt out_chunk = (uInt)(output_length > 0x40000000u ? 0x40000000u : output_length);
    zs->next_in = (Bytef *)input;
    zs->avail_in = in_chunk;
    zs->next_out = output;
    zs->avail_out = out_chunk;
    int r = inflate(zs, Z_NO_FLUSH);
    *consumed = in_chunk - zs->avail_in;
    *produced = out_chunk - zs->avail_out;
    if (r == Z_STREAM_END) {
        if (inflateReset(zs) != Z_OK) return -1;
        return 1;
    }
    if (r == Z_OK || r == Z_BUF_ERROR) return 0;
    return -1;
}

#endif

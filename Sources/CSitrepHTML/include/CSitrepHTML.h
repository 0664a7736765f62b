#ifndef SITREP_CSITREPHTML_H
#define SITREP_CSITREPHTML_H

// libxml2's HTML parser behind an opaque API. libxml2's own headers include the system ICU
// headers, which clash with Foundation's bundled ICU module when both reach one Swift module;
// this header includes nothing of libxml2, so Swift never sees them.

#include <stddef.h>

typedef struct sitrep_html_doc sitrep_html_doc;
typedef const void *sitrep_html_node;

enum { SITREP_HTML_ELEMENT = 1, SITREP_HTML_TEXT = 3, SITREP_HTML_CDATA = 4, SITREP_HTML_OTHER = 0 };

/// Parses HTML (recovering from errors, no network); NULL if no document could be built.
sitrep_html_doc *sitrep_html_parse(const char *bytes, size_t length);
void sitrep_html_free(sitrep_html_doc *doc);

sitrep_html_node sitrep_html_root(const sitrep_html_doc *doc);
int sitrep_html_type(sitrep_html_node node);
/// Element name (NUL-terminated, owned by the document) or NULL.
const char *sitrep_html_name(sitrep_html_node node);
/// Text of a text/CDATA node (owned by the document) or NULL.
const char *sitrep_html_content(sitrep_html_node node);
sitrep_html_node sitrep_html_last_child(sitrep_html_node node);
sitrep_html_node sitrep_html_prev_sibling(sitrep_html_node node);
/// The parent element, or NULL at the root.
sitrep_html_node sitrep_html_parent(sitrep_html_node node);
/// An attribute's value, or NULL; free with sitrep_html_string_free.
char *sitrep_html_attribute(sitrep_html_node node, const char *name);
/// All text below the node; free with sitrep_html_string_free.
char *sitrep_html_text(sitrep_html_node node);
void sitrep_html_string_free(char *s);
/// Elements the reader tells apart, by name (lower-case ASCII); every other name is OTHER.
enum {
    SITREP_TAG_OTHER = 0,
    SITREP_TAG_A = 1,
    SITREP_TAG_ARTICLE = 2,
    SITREP_TAG_ASIDE = 3,
    SITREP_TAG_BLOCKQUOTE = 4,
    SITREP_TAG_BODY = 5,
    SITREP_TAG_BR = 6,
    SITREP_TAG_BUTTON = 7,
    SITREP_TAG_CANVAS = 8,
    SITREP_TAG_DD = 9,
    SITREP_TAG_DIV = 10,
    SITREP_TAG_DL = 11,
    SITREP_TAG_DT = 12,
    SITREP_TAG_EMBED = 13,
    SITREP_TAG_FIGCAPTION = 14,
    SITREP_TAG_FIGURE = 15,
    SITREP_TAG_FOOTER = 16,
    SITREP_TAG_FORM = 17,
    SITREP_TAG_H1 = 18,
    SITREP_TAG_H2 = 19,
    SITREP_TAG_H3 = 20,
    SITREP_TAG_H4 = 21,
    SITREP_TAG_H5 = 22,
    SITREP_TAG_H6 = 23,
    SITREP_TAG_HEAD = 24,
    SITREP_TAG_HEADER = 25,
    SITREP_TAG_HR = 26,
    SITREP_TAG_IFRAME = 27,
    SITREP_TAG_LI = 28,
    SITREP_TAG_LINK = 29,
    SITREP_TAG_MAIN = 30,
    SITREP_TAG_MENU = 31,
    SITREP_TAG_META = 32,
    SITREP_TAG_NAV = 33,
    SITREP_TAG_NOSCRIPT = 34,
    SITREP_TAG_OBJECT = 35,
    SITREP_TAG_OL = 36,
    SITREP_TAG_OPTION = 37,
    SITREP_TAG_P = 38,
    SITREP_TAG_PRE = 39,
    SITREP_TAG_SCRIPT = 40,
    SITREP_TAG_SECTION = 41,
    SITREP_TAG_SELECT = 42,
    SITREP_TAG_SPAN = 43,
    SITREP_TAG_STYLE = 44,
    SITREP_TAG_SVG = 45,
    SITREP_TAG_TABLE = 46,
    SITREP_TAG_TD = 47,
    SITREP_TAG_TEMPLATE = 48,
    SITREP_TAG_TIME = 49,
    SITREP_TAG_TITLE = 50,
    SITREP_TAG_TR = 51,
    SITREP_TAG_UL = 52,
    SITREP_TAG_COUNT = 53
};
/// The element's tag (SITREP_TAG_*), or SITREP_TAG_OTHER for any other name or a non-element.
int sitrep_html_tag(sitrep_html_node node);
/// An attribute's value without copying it: a pointer into the document (\"\" for an attribute
/// with no value), or NULL when the element has no such attribute. `*complex` is set when the
/// value is not one text node, and the caller must read it with sitrep_html_attribute.
const char *sitrep_html_attribute_view(sitrep_html_node node, const char *name, int *complex);
/// A number the application keeps on a node (0 until set): libxml2's `_private` field.
long sitrep_html_mark(sitrep_html_node node);
void sitrep_html_set_mark(sitrep_html_node node, long mark);

#endif

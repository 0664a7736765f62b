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

#endif

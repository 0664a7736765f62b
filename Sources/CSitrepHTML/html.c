#include "CSitrepHTML.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

struct sitrep_html_doc {
    htmlDocPtr doc;
};

sitrep_html_doc *sitrep_html_parse(const char *bytes, size_t length) {
    if (length > INT_MAX) {
        return NULL;
    }
    // XML_PARSE_HUGE lifts the 256-level depth cap, past which libxml2 drops the rest of a
    // page; input size is already capped by max_bytes and nothing here recurses.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    htmlDocPtr doc = htmlReadMemory(bytes, (int)length, NULL, "UTF-8", options);
    if (doc == NULL) {
        return NULL;
    }
    sitrep_html_doc *out = xmlMalloc(sizeof *out);
    if (out == NULL) {
        xmlFreeDoc(doc);
        return NULL;
    }
    out->doc = doc;
    return out;
}

void sitrep_html_free(sitrep_html_doc *doc) {
    if (doc != NULL) {
        xmlFreeDoc(doc->doc);
        xmlFree(doc);
    }
}

sitrep_html_node sitrep_html_root(const sitrep_html_doc *doc) { return xmlDocGetRootElement(doc->doc); }

int sitrep_html_type(sitrep_html_node node) {
    switch (((const xmlNode *)node)->type) {
    case XML_ELEMENT_NODE: return SITREP_HTML_ELEMENT;
    case XML_TEXT_NODE: return SITREP_HTML_TEXT;
    case XML_CDATA_SECTION_NODE: return SITREP_HTML_CDATA;
    default: return SITREP_HTML_OTHER;
    }
}

const char *sitrep_html_name(sitrep_html_node node) { return (const char *)((const xmlNode *)node)->name; }

const char *sitrep_html_content(sitrep_html_node node) {
    return (const char *)((const xmlNode *)node)->content;
}

sitrep_html_node sitrep_html_last_child(sitrep_html_node node) { return ((const xmlNode *)node)->last; }

sitrep_html_node sitrep_html_prev_sibling(sitrep_html_node node) { return ((const xmlNode *)node)->prev; }

sitrep_html_node sitrep_html_parent(sitrep_html_node node) {
    const xmlNode *parent = ((const xmlNode *)node)->parent;
    return (parent != NULL && parent->type == XML_ELEMENT_NODE) ? parent : NULL;
}

char *sitrep_html_attribute(sitrep_html_node node, const char *name) {
    return (char *)xmlGetProp((const xmlNode *)node, (const xmlChar *)name);
}

char *sitrep_html_text(sitrep_html_node node) { return (char *)xmlNodeGetContent((const xmlNode *)node); }

void sitrep_html_string_free(char *s) { xmlFree(s); }

// Sorted by length, then name: a name is compared only with the names of its length.
static const struct {
    const char *name;
    unsigned char length;
    unsigned char tag;
} tag_names[] = {
    {"a", 1, SITREP_TAG_A},
    {"p", 1, SITREP_TAG_P},
    {"br", 2, SITREP_TAG_BR},
    {"dd", 2, SITREP_TAG_DD},
    {"dl", 2, SITREP_TAG_DL},
    {"dt", 2, SITREP_TAG_DT},
    {"h1", 2, SITREP_TAG_H1},
    {"h2", 2, SITREP_TAG_H2},
    {"h3", 2, SITREP_TAG_H3},
    {"h4", 2, SITREP_TAG_H4},
    {"h5", 2, SITREP_TAG_H5},
    {"h6", 2, SITREP_TAG_H6},
    {"hr", 2, SITREP_TAG_HR},
    {"li", 2, SITREP_TAG_LI},
    {"ol", 2, SITREP_TAG_OL},
    {"td", 2, SITREP_TAG_TD},
    {"tr", 2, SITREP_TAG_TR},
    {"ul", 2, SITREP_TAG_UL},
    {"div", 3, SITREP_TAG_DIV},
    {"nav", 3, SITREP_TAG_NAV},
    {"pre", 3, SITREP_TAG_PRE},
    {"svg", 3, SITREP_TAG_SVG},
    {"body", 4, SITREP_TAG_BODY},
    {"form", 4, SITREP_TAG_FORM},
    {"head", 4, SITREP_TAG_HEAD},
    {"link", 4, SITREP_TAG_LINK},
    {"main", 4, SITREP_TAG_MAIN},
    {"menu", 4, SITREP_TAG_MENU},
    {"meta", 4, SITREP_TAG_META},
    {"span", 4, SITREP_TAG_SPAN},
    {"time", 4, SITREP_TAG_TIME},
    {"aside", 5, SITREP_TAG_ASIDE},
    {"embed", 5, SITREP_TAG_EMBED},
    {"style", 5, SITREP_TAG_STYLE},
    {"table", 5, SITREP_TAG_TABLE},
    {"title", 5, SITREP_TAG_TITLE},
    {"button", 6, SITREP_TAG_BUTTON},
    {"canvas", 6, SITREP_TAG_CANVAS},
    {"figure", 6, SITREP_TAG_FIGURE},
    {"footer", 6, SITREP_TAG_FOOTER},
    {"header", 6, SITREP_TAG_HEADER},
    {"iframe", 6, SITREP_TAG_IFRAME},
    {"object", 6, SITREP_TAG_OBJECT},
    {"option", 6, SITREP_TAG_OPTION},
    {"script", 6, SITREP_TAG_SCRIPT},
    {"select", 6, SITREP_TAG_SELECT},
    {"article", 7, SITREP_TAG_ARTICLE},
    {"section", 7, SITREP_TAG_SECTION},
    {"noscript", 8, SITREP_TAG_NOSCRIPT},
    {"template", 8, SITREP_TAG_TEMPLATE},
    {"blockquote", 10, SITREP_TAG_BLOCKQUOTE},
    {"figcaption", 10, SITREP_TAG_FIGCAPTION},
};

int sitrep_html_tag(sitrep_html_node node) {
    const xmlNode *n = node;
    if (n->type != XML_ELEMENT_NODE || n->name == NULL) {
        return SITREP_TAG_OTHER;
    }
    const char *name = (const char *)n->name;
    size_t length = strnlen(name, 11);
    for (size_t i = 0; i < sizeof tag_names / sizeof tag_names[0]; i++) {
        if (tag_names[i].length < length) {
            continue;
        }
        if (tag_names[i].length > length) {
            break;
        }
        // libxml2's HTML parser lower-cases element names; the test is case-blind all the same.
        // The first letter turns away most names before a call.
        if ((name[0] | 0x20) == tag_names[i].name[0] && strncasecmp(tag_names[i].name, name, length) == 0) {
            return tag_names[i].tag;
        }
    }
    return SITREP_TAG_OTHER;
}

const char *sitrep_html_attribute_view(sitrep_html_node node, const char *name, int *complex) {
    *complex = 0;
    xmlAttrPtr attr = xmlHasProp((const xmlNode *)node, (const xmlChar *)name);
    if (attr == NULL || attr->type != XML_ATTRIBUTE_NODE) {
        // A default from a DTD (no such thing in HTML, but xmlHasProp may return one): the
        // copying reader knows how to read it.
        *complex = attr != NULL;
        return NULL;
    }
    const xmlNode *value = attr->children;
    if (value == NULL) {
        return "";
    }
    if (value->next == NULL && (value->type == XML_TEXT_NODE || value->type == XML_CDATA_SECTION_NODE) &&
        value->content != NULL) {
        return (const char *)value->content;
    }
    *complex = 1;
    return NULL;
}

long sitrep_html_mark(sitrep_html_node node) { return (long)(intptr_t)((const xmlNode *)node)->_private; }

void sitrep_html_set_mark(sitrep_html_node node, long mark) { ((xmlNode *)node)->_private = (void *)(intptr_t)mark; }

#include "CSitrepHTML.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>

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

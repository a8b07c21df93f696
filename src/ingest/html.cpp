// HTML news pages through gumbo: the article body as text with paragraph breaks, each byte
// mapped to the raw offset of the source byte it comes from (decoded entities map to the
// entity's '&'), plus title, publication date, source and URL from the page's metadata.
#include <dateline/error.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "ingest/internal.hpp"
#include "text/utf8.hpp"

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace dateline::ingest {
namespace {

enum class Role : std::uint8_t { inline_, skip, block, line_break };

struct Tables {
  std::unordered_map<std::string, Role> roles;
  std::unordered_set<std::string> date_meta;
};

const Tables& tables() {
  static const Tables t = [] {
    Tables r;
    if (auto d = embedded::file("ingest/html_elements.tsv")) {
      tsv::for_each_row(*d, true, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 2) return;
        const Role role = f[1] == "skip" ? Role::skip : f[1] == "block" ? Role::block : f[1] == "break" ? Role::line_break : Role::inline_;
        r.roles[std::string(f[0])] = role;
      });
    }
    if (auto d = embedded::file("ingest/html_date_meta.tsv")) {
      tsv::for_each_row(*d, true, [&](const std::vector<std::string_view>& f) { r.date_meta.insert(std::string(f[0])); });
    }
    return r;
  }();
  return t;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view tag_name(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return {};
  if (n->v.element.tag == GUMBO_TAG_UNKNOWN) return {};
  return gumbo_normalized_tagname(n->v.element.tag);
}

std::optional<std::string> attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return std::nullopt;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  if (!a) return std::nullopt;
  return std::string(a->value);
}

Role role_of(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEMPLATE) return Role::skip;
  if (n->type != GUMBO_NODE_ELEMENT) return Role::inline_;
  if (attr(n, "hidden") || lower(attr(n, "aria-hidden").value_or("")) == "true") return Role::skip;
  const std::string_view name = tag_name(n);
  auto it = tables().roles.find(std::string(name));
  return it == tables().roles.end() ? Role::inline_ : it->second;
}

// Children of an element or the document, for the explicit-stack traversals below (deeply
// nested markup must not exhaust the call stack).
const GumboVector* children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return nullptr;
}

template <class Fn>  // fn(node) -> false to skip the node's subtree
void preorder(const GumboNode* root, Fn&& fn) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!fn(n)) continue;
    if (const GumboVector* c = children(n))
      for (unsigned i = c->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(c->data[i]));
  }
}

// The plain text of a subtree (for titles and JSON-LD), whitespace collapsed.
std::string plain_text(const GumboNode* root) {
  std::string out;
  preorder(root, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      for (const char* p = n->v.text.text; *p; ++p) {
        const char c = *p;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
          if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
          out += c;
        }
      }
    }
    return true;
  });
  return std::string(trim(out));
}

// Size of the readable text below a node, ignoring skipped subtrees.
std::size_t text_weight(const GumboNode* root) {
  std::size_t n = 0;
  preorder(root, [&](const GumboNode* x) {
    if (x != root && role_of(x) == Role::skip) return false;
    if (x->type == GUMBO_NODE_TEXT) n += std::char_traits<char>::length(x->v.text.text);
    return true;
  });
  return n;
}

struct Meta {
  std::optional<std::string> og_title, title, h1, ld_headline;
  std::optional<std::string> published_time, ld_date, time_datetime, time_pub, meta_date;
  std::optional<std::string> site_name, ld_publisher, og_url, canonical;
};

// JSON-LD: datePublished, headline and publisher.name of the first object that has them.
void read_json_ld(const nlohmann::json& j, Meta& m, int depth = 0) {
  if (depth > 16) return;
  if (j.is_array()) {
    for (const auto& e : j) read_json_ld(e, m, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  auto str = [&](const char* key) -> std::optional<std::string> {
    auto it = j.find(key);
    if (it != j.end() && it->is_string()) return it->get<std::string>();
    return std::nullopt;
  };
  if (!m.ld_date) m.ld_date = str("datePublished");
  if (!m.ld_headline) m.ld_headline = str("headline");
  if (!m.ld_publisher) {
    auto it = j.find("publisher");
    if (it != j.end() && it->is_object()) {
      auto name = it->find("name");
      if (name != it->end() && name->is_string()) m.ld_publisher = name->get<std::string>();
    }
  }
  if (auto g = j.find("@graph"); g != j.end()) read_json_ld(*g, m, depth + 1);
}

Meta read_meta(const GumboNode* root) {
  Meta m;
  preorder(root, [&](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return true;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      const std::string key = lower(attr(n, "property").value_or(attr(n, "name").value_or(attr(n, "itemprop").value_or(""))));
      auto content = attr(n, "content");
      if (!content || trim(*content).empty()) return true;
      if (key == "og:title" && !m.og_title) m.og_title = content;
      else if (key == "article:published_time" && !m.published_time) m.published_time = content;
      else if (key == "og:site_name" && !m.site_name) m.site_name = content;
      else if (key == "og:url" && !m.og_url) m.og_url = content;
      else if (tables().date_meta.count(key) && !m.meta_date) m.meta_date = content;
    } else if (tag == GUMBO_TAG_TITLE && !m.title) {
      m.title = plain_text(n);
    } else if (tag == GUMBO_TAG_H1 && !m.h1) {
      m.h1 = plain_text(n);
    } else if (tag == GUMBO_TAG_LINK && lower(attr(n, "rel").value_or("")) == "canonical" && !m.canonical) {
      m.canonical = attr(n, "href");
    } else if (tag == GUMBO_TAG_TIME) {
      if (auto dt = attr(n, "datetime")) {
        const bool pub = attr(n, "pubdate") || lower(attr(n, "itemprop").value_or("")) == "datepublished";
        if (pub && !m.time_pub) m.time_pub = dt;
        if (!m.time_datetime) m.time_datetime = dt;
      }
    } else if (tag == GUMBO_TAG_SCRIPT && lower(attr(n, "type").value_or("")) == "application/ld+json") {
      std::string body;
      const GumboVector& c = n->v.element.children;
      for (unsigned i = 0; i < c.length; ++i) {
        const auto* t = static_cast<const GumboNode*>(c.data[i]);
        if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_WHITESPACE || t->type == GUMBO_NODE_CDATA) body += t->v.text.text;
      }
      const auto j = nlohmann::json::parse(body, nullptr, false);
      if (!j.is_discarded()) read_json_ld(j, m);
      return false;
    }
    return true;
  });
  return m;
}

// The element whose text is the article: the <article> with the most text, else an
// articleBody / role=main / <main> element, else <body>.
const GumboNode* content_root(const GumboNode* doc) {
  const GumboNode *best_article = nullptr, *main = nullptr, *body = nullptr;
  std::size_t best = 0;
  preorder(doc, [&](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return true;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_BODY && !body) body = n;
    if (tag == GUMBO_TAG_ARTICLE) {
      const std::size_t w = text_weight(n);
      if (w > best) best = w, best_article = n;
      return false;  // nested articles are part of this one
    }
    if (!main && (tag == GUMBO_TAG_MAIN || lower(attr(n, "itemprop").value_or("")) == "articlebody" ||
                  lower(attr(n, "role").value_or("")) == "main"))
      main = n;
    return true;
  });
  if (best_article) return best_article;
  if (main) return main;
  return body ? body : doc;
}

// Builds the analysis text of a subtree with its map to raw offsets.
class TextBuilder {
 public:
  explicit TextBuilder(std::string_view raw) : raw_(raw) {}

  void run(const GumboNode* root) {
    // Explicit stack of (node, leaving) so block elements can add a break after their text.
    std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
    while (!stack.empty()) {
      auto [n, leaving] = stack.back();
      stack.pop_back();
      if (leaving) {
        block_break(n->v.element.end_pos.offset);
        continue;
      }
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        text_node(n);
        continue;
      }
      if (n->type == GUMBO_NODE_WHITESPACE) {
        space(static_cast<std::size_t>(n->v.text.original_text.data - raw_.data()));
        continue;
      }
      const GumboVector* c = children(n);
      if (!c) continue;
      const Role role = n == root ? Role::block : role_of(n);
      if (role == Role::skip) continue;
      if (role == Role::line_break) {
        line_break(n->v.element.start_pos.offset);
        continue;
      }
      if (role == Role::block) {
        block_break(n->v.element.start_pos.offset);
        stack.push_back({n, true});
      }
      for (unsigned i = c->length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(c->data[i]), false});
    }
  }

  std::string text;
  std::vector<std::uint32_t> map;

 private:
  enum class Pending { none, space, line, paragraph };

  void space(std::size_t raw) { want(Pending::space, raw); }
  void line_break(std::size_t raw) { want(Pending::line, raw); }
  void block_break(std::size_t raw) { want(Pending::paragraph, raw); }
  void want(Pending p, std::size_t raw) {
    if (p > pending_) {
      pending_ = p;
      pending_raw_ = std::max(raw, last_raw_);
    }
  }

  void emit(char c, std::size_t raw) {
    if (pending_ != Pending::none && !text.empty()) {
      const char* sep = pending_ == Pending::paragraph ? "\n\n" : pending_ == Pending::line ? "\n" : " ";
      for (const char* p = sep; *p; ++p) {
        text += *p;
        map.push_back(static_cast<std::uint32_t>(std::min(pending_raw_, raw)));
      }
    }
    pending_ = Pending::none;
    text += c;
    map.push_back(static_cast<std::uint32_t>(raw));
    last_raw_ = raw;
  }

  // Walks the decoded text beside its original source text to find each byte's origin.
  void text_node(const GumboNode* n) {
    const std::string_view dec = n->v.text.text;
    const GumboStringPiece& o = n->v.text.original_text;
    const bool located = o.data >= raw_.data() && o.data + o.length <= raw_.data() + raw_.size();
    const std::string_view orig = located ? std::string_view(o.data, o.length) : std::string_view{};
    const std::size_t base = located ? static_cast<std::size_t>(o.data - raw_.data()) : last_raw_;
    std::size_t i = 0;
    for (std::size_t j = 0; j < dec.size();) {
      const std::size_t here = base + std::min(i, orig.size() > 0 ? orig.size() - 1 : 0);
      const utf8::Decoded d = utf8::decode(dec, j);
      if (i < orig.size() && orig[i] == '&' && dec[j] != '&') {
        // An entity: the decoded code point maps to the '&'.
        std::size_t k = i + 1;
        if (k < orig.size() && orig[k] == '#') {
          ++k;
          if (k < orig.size() && (orig[k] == 'x' || orig[k] == 'X')) ++k;
        }
        while (k < orig.size() && ((orig[k] >= '0' && orig[k] <= '9') || (orig[k] >= 'a' && orig[k] <= 'z') ||
                                   (orig[k] >= 'A' && orig[k] <= 'Z')))
          ++k;
        if (k < orig.size() && orig[k] == ';') ++k;
        put(dec.substr(j, d.len), here, false);
        j += d.len;
        i = k;
        continue;
      }
      if (i < orig.size() && orig[i] == '\r' && dec[j] == '\n') {
        put("\n", here, false);
        i += (i + 1 < orig.size() && orig[i + 1] == '\n') ? 2 : 1;
        ++j;
        continue;
      }
      put(dec.substr(j, d.len), here, located);
      j += d.len;
      i += d.len;
    }
  }

  // Appends the decoded bytes of one code point; runs of white space collapse to one pending
  // space. `verbatim`: the bytes are a copy of the source at `raw` (not an entity).
  void put(std::string_view bytes, std::size_t raw, bool verbatim) {
    const char c = bytes[0];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space(raw);
      return;
    }
    for (std::size_t k = 0; k < bytes.size(); ++k) emit(bytes[k], verbatim ? raw + k : raw);
  }

  std::string_view raw_;
  Pending pending_ = Pending::none;
  std::size_t pending_raw_ = 0, last_raw_ = 0;
};

struct GumboDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

std::optional<date::year_month_day> first_day(std::initializer_list<const std::optional<std::string>*> candidates) {
  for (const auto* c : candidates)
    if (*c)
      if (auto d = parse_iso_day(**c)) return d;
  return std::nullopt;
}

const std::optional<std::string>& first_nonempty(std::initializer_list<const std::optional<std::string>*> candidates) {
  static const std::optional<std::string> none;
  for (const auto* c : candidates)
    if (*c && !trim(**c).empty()) return *c;
  return none;
}

}  // namespace

Document read_html(std::string bytes, std::string_view) {
  Document doc;
  {
    std::unique_ptr<GumboOutput, GumboDeleter> out(gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()));
    const GumboNode* root = out->document;
    const Meta m = read_meta(root);
    TextBuilder tb(bytes);
    tb.run(content_root(root));
    doc.text = std::move(tb.text);
    doc.raw_offset = std::move(tb.map);
    const std::size_t end = doc.raw_offset.empty() ? 0 : doc.raw_offset.back() + 1;
    doc.raw_offset.push_back(static_cast<std::uint32_t>(std::min(end, bytes.size())));
    if (auto& t = first_nonempty({&m.og_title, &m.ld_headline, &m.title, &m.h1})) doc.info.title = std::string(trim(*t));
    if (auto& s = first_nonempty({&m.site_name, &m.ld_publisher})) doc.info.source = std::string(trim(*s));
    if (auto& u = first_nonempty({&m.og_url, &m.canonical})) doc.info.url = std::string(trim(*u));
    if (auto d = first_day({&m.published_time, &m.ld_date, &m.time_pub, &m.time_datetime, &m.meta_date})) {
      doc.info.published = d;
      doc.info.published_basis = PublishedBasis::metadata;
    }
  }
  doc.body = Span{0, bytes.size()};
  doc.raw = std::move(bytes);
  return doc;
}

}  // namespace dateline::ingest

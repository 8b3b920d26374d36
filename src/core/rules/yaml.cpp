// The yaml.* family: the file is YAML that pop accepts (one document, no anchors, tags, tabs or
// duplicate keys, not nested too deeply).
//
// Where each rule is: src/core/read/yaml_tree.cpp, the reader. They can only be found while
// libyaml's events are turned into a tree (positions, raw tags and anchors are gone afterwards),
// so the reader reports them itself, with the constants rule::yaml_* (rule_list.h):
//   yaml.syntax, yaml.tab, yaml.unclosed-quote   from libyaml's parser errors (the reader's syntax error);
//   yaml.documents                               a second document start;
//   yaml.anchor, yaml.tag                        the properties of a node (anchors, aliases, tags);
//   yaml.duplicate-key, yaml.complex-key         while a mapping is built;
//   yaml.depth                                   ReadLimits::max_depth;
//   yaml.comment-in-text                         after the tree is built, a plain value whose line goes
//                                                on with `#text` (warn_comments_in_text);
// the syntax errors' messages and rewritten lines: src/core/read/syntax_errors.cpp.
// This file holds no code; it is the place the registry points to for the family.
// Messages: the catalog keys yaml.* in src/core/i18n/catalog_input.cpp.

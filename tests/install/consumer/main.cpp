// Builds a timeline of a two-sentence article through the installed library and prints its
// JSON: proof that the installed headers, library and package config work together.
#include <dateline/dateline.hpp>

#include <iostream>

int main() {
  auto docs = dateline::ingest_bytes("The two leaders spoke by telephone on Jan. 26.\n", "inline.txt");
  const dateline::Timeline t = dateline::build_timeline(std::move(docs));
  std::cout << dateline::to_json(t);
  return t.documents.size() == 1 ? 0 : 1;
}

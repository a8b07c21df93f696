// The Python binding: build, timex and merge over strings, returning the JSON contract as
// Python objects (dicts and lists), so that Python users and the Dask driver run the same
// library in-process.
#include <dateline/dateline.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;

namespace {

py::object loads(const std::string& json) { return py::module_::import("json").attr("loads")(json); }
std::string dumps(const py::object& obj) { return py::module_::import("json").attr("dumps")(obj).cast<std::string>(); }

std::optional<date::year_month_day> published_date(const std::optional<std::string>& s) {
  if (!s || s->empty()) return std::nullopt;
  auto d = dateline::parse_day(*s);
  if (!d) throw py::value_error("published: expected YYYY-MM-DD, got " + *s);
  return date::year_month_day{*d};
}

dateline::IngestOptions ingest_options(const std::optional<std::string>& published, const std::string& format) {
  dateline::IngestOptions o;
  o.published = published_date(published);
  if (format == "text") o.format = dateline::InputFormat::text;
  else if (format == "markdown") o.format = dateline::InputFormat::markdown;
  else if (format == "html") o.format = dateline::InputFormat::html;
  else if (format == "timeml") o.format = dateline::InputFormat::timeml;
  else if (format == "json") o.format = dateline::InputFormat::json;
  else if (format == "jsonl") o.format = dateline::InputFormat::jsonl;
  else if (format != "auto") throw py::value_error("format: auto, text, markdown, html, timeml, json or jsonl");
  return o;
}

// The heavy work runs without the GIL so that threads (and Dask's threaded workers) overlap.
std::string build_json(std::string text, std::string name, std::optional<std::string> published,
                       std::string format, bool reason) {
  dateline::IngestOptions o = ingest_options(published, format);
  py::gil_scoped_release nogil;
  auto docs = dateline::ingest_bytes(std::move(text), name, o);
  dateline::BuildOptions b;
  b.reason = reason;
  return dateline::to_json(dateline::build_timeline(std::move(docs), b));
}

// Merge is the reduce step at scale: timelines travel as JSON strings, and the result is the
// library's own serialization, so that it equals `dateline build` byte for byte.
std::string merge_json(const std::vector<py::object>& timelines, bool reason) {
  std::vector<dateline::Timeline> parts;
  for (const auto& t : timelines) {
    std::string json = py::isinstance<py::str>(t) ? t.cast<std::string>() : dumps(t);
    parts.push_back(dateline::timeline_from_json(json, "<timeline>"));
  }
  py::gil_scoped_release nogil;
  dateline::Timeline merged = dateline::merge(parts);
  if (reason) dateline::reason_dates(merged);
  return dateline::to_json(merged);
}

}  // namespace

PYBIND11_MODULE(dateline, m) {
  m.doc() = "dateline: timelines of diplomatic events from news articles";
  m.attr("__version__") = dateline::version();

  static py::exception<dateline::Error> error(m, "Error", PyExc_ValueError);

  m.def("build_json",
        [](std::string text, std::string name, std::optional<std::string> published, std::string format, bool reason) {
          return build_json(std::move(text), std::move(name), std::move(published), std::move(format), reason);
        },
        py::arg("text"), py::arg("name") = "<string>", py::arg("published") = py::none(),
        py::arg("format") = "auto", py::arg("reason") = true,
        "The timeline of an article (or a JSONL batch) as a JSON string.");

  m.def("build",
        [](std::string text, std::string name, std::optional<std::string> published, std::string format, bool reason) {
          return loads(build_json(std::move(text), std::move(name), std::move(published), std::move(format), reason));
        },
        py::arg("text"), py::arg("name") = "<string>", py::arg("published") = py::none(),
        py::arg("format") = "auto", py::arg("reason") = true,
        "The timeline of an article (or a JSONL batch) as Python objects.");

  m.def("timex",
        [](std::string text, std::optional<std::string> published, std::string format) {
          dateline::IngestOptions o = ingest_options(published, format);
          std::string out;
          {
            py::gil_scoped_release nogil;
            auto docs = dateline::ingest_bytes(std::move(text), "<string>", o);
            const dateline::Document& d = docs.front();
            out = dateline::timexes_to_json(d, dateline::find_timexes(dateline::segment(d.text),
                                                                      dateline::TimexOptions{d.info.published}));
          }
          return loads(out);
        },
        py::arg("text"), py::arg("published") = py::none(), py::arg("format") = "auto",
        "The temporal expressions of an article.");

  m.def("merge_json", &merge_json, py::arg("timelines"), py::arg("reason") = false,
        "One timeline of several, as a JSON string; takes JSON strings or dicts.");
  m.def("merge",
        [](const std::vector<py::object>& timelines, bool reason) { return loads(merge_json(timelines, reason)); },
        py::arg("timelines"), py::arg("reason") = false,
        "One timeline of several (associative and commutative), as Python objects.");

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const dateline::Error& e) {
      PyErr_SetString(error.ptr(), e.what());
    }
  });
}

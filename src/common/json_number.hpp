// A JSON number too large for a double ("1e999") makes nlohmann's parser throw out_of_range
// 406 instead of parse_error, with no byte position. This turns it into a dateline::Error
// that names the number and its offset (the first place that literal occurs in the input).
#pragma once

#include <dateline/error.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace dateline::json_number {

[[noreturn]] inline void overflow(const nlohmann::json::exception& e, std::string_view text, std::string_view name,
                                  std::size_t base = 0) {
  const std::string_view what = e.what();
  const std::size_t open = what.find('\''), close = what.rfind('\'');
  std::string_view number;
  if (open != std::string_view::npos && close > open) number = what.substr(open + 1, close - open - 1);
  const std::size_t at = number.empty() ? std::string_view::npos : text.find(number);
  const std::string message = number.empty() ? "invalid JSON: a value out of range"
                                             : "invalid JSON: number out of range: " + std::string(number);
  if (at == std::string_view::npos) throw Error(std::string(name), message);
  throw Error(std::string(name), message, base + at);
}

}  // namespace dateline::json_number

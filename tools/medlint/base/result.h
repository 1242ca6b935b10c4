// One convention for operations that can fail with a reason a person should
// read: they return Result<T>, a value or an Error, shaped like C++23's
// std::expected (which bookworm's clang 14 cannot compile with libstdc++ 12;
// the day it can, `Result<T>` becomes an alias). The other two conventions
// and when they apply:
// - std::optional<T> for a lookup or a parse with no reason to give (a
//   severity name, a URL that is not a web link);
// - an exception for bundled data that cannot be wrong unless the build is
//   (the sentence lists, the review workflow), caught by the tests.
// A run that goes on past a failure (a folder it cannot read) reports it as
// a finding and lists its message in LintResult::errors, for exit code 2.
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace medlint {

// What went wrong, in words for the person running medlint:
// `return Error{"not a regular file"};`
struct Error {
  std::string message;
};

template <class T>
class [[nodiscard]] Result {
 public:
  // Constrained: never taken for a Result or an Error, so it hides no copy or move.
  // NOLINTBEGIN(bugprone-forwarding-reference-overload)
  template <class U = T>
  requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::remove_cvref_t<U>, Error> &&
           !std::is_same_v<std::remove_cvref_t<U>, Result>) Result(U&& value)
      : state_(std::in_place_index<0>, std::forward<U>(value)) {}
  // NOLINTEND(bugprone-forwarding-reference-overload)
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(state_); }  // throws when there is none

 private:
  std::variant<T, Error> state_;
};

// Success carries nothing: `return {};`.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}

  bool has_value() const { return !error_; }
  explicit operator bool() const { return has_value(); }
  const Error& error() const { return error_.value(); }  // throws when there is none

 private:
  std::optional<Error> error_;
};

}  // namespace medlint

// Runs work items on several threads over one shared queue.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace medlint {

// The threads this process may run on (its CPU affinity, which a container
// or `taskset` narrows), at least 1.
unsigned available_cores();

// Calls work(i) for every i in [0, n), on up to `jobs` threads (the calling
// thread is one of them) that take the next index as they finish one; with
// jobs <= 1 in order on the calling thread. Each call must touch only its
// own slot of any shared output. The first exception a call throws is
// rethrown here once every thread has stopped.
template <class Work>
void parallel_for(std::size_t n, unsigned jobs, const Work& work) {
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto drain = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      try {
        work(i);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = n;  // the others stop after their current item
      }
    }
  };
  std::vector<std::jthread> threads;
  const std::size_t helpers = std::min<std::size_t>(jobs, n) - 1;
  threads.reserve(helpers);
  for (std::size_t t = 0; t < helpers; ++t) threads.emplace_back(drain);
  drain();
  threads.clear();  // joins
  if (failure) std::rethrow_exception(failure);
}

}  // namespace medlint

#include "medlint/base/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace medlint {
namespace {

TEST(Parallel, EveryIndexRunsOnce) {
  for (const unsigned jobs : {1u, 2u, 7u, 64u}) {
    std::vector<int> runs(1000, 0);
    parallel_for(runs.size(), jobs, [&](std::size_t i) { ++runs[i]; });
    for (std::size_t i = 0; i < runs.size(); ++i) ASSERT_EQ(runs[i], 1) << "index " << i << ", " << jobs << " jobs";
  }
  parallel_for(0, 4, [](std::size_t) { ADD_FAILURE() << "no work"; });
}

TEST(Parallel, AFailureIsRethrownAfterEveryThreadStopped) {
  std::atomic<int> running{0};
  EXPECT_THROW(parallel_for(500, 4,
                            [&](std::size_t i) {
                              ++running;
                              if (i == 17) {
                                --running;
                                throw std::runtime_error("item 17");
                              }
                              --running;
                            }),
               std::runtime_error);
  EXPECT_EQ(running.load(), 0);
}

TEST(Parallel, AvailableCoresIsAtLeastOne) { EXPECT_GE(available_cores(), 1u); }

}  // namespace
}  // namespace medlint

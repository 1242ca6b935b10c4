#include "medlint/base/sha256.h"

#include <elf.h>
#include <link.h>
#include <openssl/evp.h>

#include <cstdint>
#include <fstream>
#include <stdexcept>

namespace medlint {
namespace {

// Fetched once: an implicit fetch per digest costs more than a small file's hashing.
const EVP_MD* sha256_md() {
  static const EVP_MD* md = [] {
    EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!fetched) throw std::runtime_error("OpenSSL has no SHA-256");
    return fetched;
  }();
  return md;
}

}  // namespace

struct Sha256::State {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
};

std::string to_hex(const Digest& digest) {
  std::string out;
  out.reserve(digest.size() * 2);
  for (const unsigned char b : digest) {
    out += "0123456789abcdef"[b >> 4];
    out += "0123456789abcdef"[b & 15];
  }
  return out;
}

Sha256::Sha256() : state_(std::make_unique<State>()) {
  if (!state_->ctx || EVP_DigestInit_ex(state_->ctx, sha256_md(), nullptr) != 1) {
    EVP_MD_CTX_free(state_->ctx);
    throw std::runtime_error("cannot start a SHA-256 digest");
  }
}

Sha256::~Sha256() { EVP_MD_CTX_free(state_->ctx); }

Sha256& Sha256::add(std::string_view part) {
  std::array<unsigned char, 8> length{};
  std::uint64_t n = part.size();
  for (unsigned char& b : length) {
    b = static_cast<unsigned char>(n & 0xff);
    n >>= 8;
  }
  EVP_DigestUpdate(state_->ctx, length.data(), length.size());
  EVP_DigestUpdate(state_->ctx, part.data(), part.size());
  return *this;
}

Digest Sha256::digest() {
  Digest out{};
  EVP_DigestFinal_ex(state_->ctx, out.data(), nullptr);
  return out;
}

Digest sha256(std::string_view bytes) {
  Digest out{};
  if (EVP_Digest(bytes.data(), bytes.size(), out.data(), nullptr, sha256_md(), nullptr) != 1) {
    throw std::runtime_error("SHA-256 failed");
  }
  return out;
}

namespace {

// The main program's NT_GNU_BUILD_ID note, empty when it has none.
std::string build_id() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* data) -> int {
        auto& out = *static_cast<std::string*>(data);
        for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          // The loader gives the note's address as an integer.
          const char* p =
              reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);  // NOLINT(performance-no-int-to-ptr)
          const char* end = p + ph.p_memsz;
          while (p + sizeof(ElfW(Nhdr)) <= end) {
            const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(p);
            const char* name = p + sizeof(ElfW(Nhdr));
            const char* desc = name + ((note->n_namesz + 3) & ~3u);
            const char* next = desc + ((note->n_descsz + 3) & ~3u);
            if (next > end) break;
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::string_view(name, 3) == "GNU") {
              out.assign(desc, note->n_descsz);
              return 1;
            }
            p = next;
          }
        }
        return 1;  // the first object is the main program: stop there
      },
      &id);
  return id;
}

}  // namespace

Result<Digest> self_digest() {
  if (const std::string id = build_id(); !id.empty()) return Sha256().add("build-id").add(id).digest();
  std::ifstream in("/proc/self/exe", std::ios::binary);
  if (!in) return Error{"cannot read the running program (/proc/self/exe)"};
  Sha256 h;
  std::string chunk(1 << 20, '\0');
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = in.gcount();
    if (got > 0) h.add(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
  }
  if (in.bad()) return Error{"cannot read the running program (/proc/self/exe)"};
  return h.digest();
}

}  // namespace medlint

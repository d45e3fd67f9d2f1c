#include "contingency/verifiers/ArchiveListing.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

// Names of a tar archive, compressed or not, and of the other archive formats.
const QStringList &archiveSuffixes()
{
    static const QStringList suffixes { u".tar"_s,     u".tar.gz"_s, u".tgz"_s,    u".tar.bz2"_s,
                                        u".tbz"_s,     u".tbz2"_s,   u".tar.xz"_s, u".txz"_s,
                                        u".tar.zst"_s, u".tzst"_s,   u".zip"_s,    u".7z"_s };
    return suffixes;
}

// Names of a single compressed file (a database dump, say): read as one stream.
const QStringList &compressedSuffixes()
{
    static const QStringList suffixes { u".gz"_s, u".bz2"_s, u".xz"_s, u".zst"_s };
    return suffixes;
}

bool endsWithAny(const QString &name, const QStringList &suffixes)
{
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString errorText(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : u"unknown error"_s;
}

} // namespace

bool ArchiveListing::claimsArchive(const QString &fileName)
{
    return endsWithAny(fileName, archiveSuffixes()) || endsWithAny(fileName, compressedSuffixes());
}

ArchiveListing ArchiveListing::read(const QString &path, qint64 maxBytes)
{
    ArchiveListing listing;
    const qint64 fileSize = QFileInfo(path).size();
    // A bare .gz (or .bz2, ...) is one compressed stream, not an archive: the raw format reads it.
    const bool bareStream = endsWithAny(path, compressedSuffixes()) && !endsWithAny(path, archiveSuffixes());

    listing.singleStream = bareStream;

    ArchivePtr a(archive_read_new());
    if (!a) {
        listing.error = u"out of memory"_s;
        return listing;
    }
    archive_read_support_filter_all(a.get());
    if (bareStream)
        archive_read_support_format_raw(a.get());
    else
        archive_read_support_format_all(a.get());

    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK) {
        // Opening also recognises the format: a file that opens for reading is not an archive.
        QFile file(path);
        listing.state = file.open(QIODevice::ReadOnly) ? State::NotArchive : State::Unreadable;
        listing.error = errorText(a.get());
        return listing;
    }

    // Whether the reader ran out of file: an error there means the file was cut short.
    const auto atEndOfFile = [&] { return archive_filter_bytes(a.get(), -1) >= fileSize; };
    const auto finish = [&](State state) {
        listing.state = state;
        listing.bytesRead = archive_filter_bytes(a.get(), -1);
        if (const char *format = archive_format_name(a.get()))
            listing.format = QString::fromUtf8(format);
        // Filter 0 is the one next to the format; the last one is the file itself ("none").
        const int filters = archive_filter_count(a.get());
        if (filters > 1) {
            if (const char *name = archive_filter_name(a.get(), 0))
                listing.compression = QString::fromUtf8(name);
        }
        return listing;
    };
    const auto failure = [&]() {
        listing.error = errorText(a.get());
        if (listing.files == 0 && archive_format(a.get()) == 0)
            return finish(State::NotArchive);
        return finish(atEndOfFile() ? State::Truncated : State::Damaged);
    };

    archive_entry *entry = nullptr;
    for (;;) {
        const int header = archive_read_next_header(a.get(), &entry);
        if (header == ARCHIVE_EOF)
            break;
        if (header != ARCHIVE_OK && header != ARCHIVE_WARN)
            return failure();
        if (bareStream && archive_filter_count(a.get()) < 2) {
            // The raw format reads anything; a .gz that is not compressed is not what it says.
            listing.error = u"not a compressed stream"_s;
            return finish(State::NotArchive);
        }
        if (archive_entry_is_encrypted(entry)) {
            // Its contents cannot be read without the password; that it is there is what we see.
            if (archive_read_data_skip(a.get()) != ARCHIVE_OK)
                return failure();
            ++listing.files;
            continue;
        }
        const void *buffer = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int data = ARCHIVE_OK;
        while ((data = archive_read_data_block(a.get(), &buffer, &size, &offset)) == ARCHIVE_OK
               || data == ARCHIVE_WARN) {
            if (archive_filter_bytes(a.get(), -1) > maxBytes)
                return finish(State::Partial);
        }
        if (data != ARCHIVE_EOF)
            return failure();
        ++listing.files;
        if (archive_filter_bytes(a.get(), -1) > maxBytes)
            return finish(State::Partial);
    }
    return finish(State::Whole);
}

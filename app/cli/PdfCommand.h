#pragma once

#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

class CliContext;
class PagedDocument;
class Plan;

// What the commands that write a document share (binder, report): "COMMAND PLAN -o FILE.pdf
// [--paper a4|letter]", the plan opened read-only, the document written, its page count said.
namespace PdfCommand {
using Build = std::function<PagedDocument(const Plan &plan, std::optional<QPageSize::PageSizeId> paper)>;
// Exit 0 when written, 1 on errors (the plan cannot be opened, the file cannot be written), 2 on
// wrong usage (`usage` is said then).
int run(CliContext &context, const QString &usage, const Build &build);
} // namespace PdfCommand

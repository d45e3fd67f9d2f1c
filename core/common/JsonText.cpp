#include "JsonText.h"

void JsonText::appendString(QString &out, QStringView value)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    out.append(u'"');
    const char16_t *p = value.utf16();
    const char16_t *end = p + value.size();
    const char16_t *plain = p;
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(QStringView(plain, p));
        plain = p + 1;
        switch (c) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        default: {
            const char16_t escaped[] = { u'\\', u'u', u'0', u'0', hex[c >> 4], hex[c & 0xF] };
            out.append(QStringView(escaped, 6));
        }
        }
    }
    out.append(QStringView(plain, end));
    out.append(u'"');
}

void JsonText::appendStringOrNull(QString &out, const QString &value)
{
    if (value.isNull())
        out.append(u"null");
    else
        appendString(out, value);
}

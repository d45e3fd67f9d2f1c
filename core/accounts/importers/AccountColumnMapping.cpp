#include "AccountColumnMapping.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

template<typename Mapping> auto fields(Mapping &m)
{
    return std::array {
        std::pair { u"user_name"_s, &m.userName },
        std::pair { u"display_name"_s, &m.displayName },
        std::pair { u"first_name"_s, &m.firstName },
        std::pair { u"last_name"_s, &m.lastName },
        std::pair { u"email"_s, &m.email },
        std::pair { u"role"_s, &m.role },
        std::pair { u"mfa"_s, &m.mfa },
        std::pair { u"last_login"_s, &m.lastLogin },
        std::pair { u"last_password_change"_s, &m.lastPasswordChange },
        std::pair { u"created"_s, &m.created },
        std::pair { u"active"_s, &m.active },
    };
}

} // namespace

QJsonObject AccountColumnMapping::toJson() const
{
    QJsonObject object;
    for (const auto &[key, column] : fields(*this)) {
        if (!column->isEmpty())
            object.insert(key, *column);
    }
    return object;
}

AccountColumnMapping AccountColumnMapping::fromJson(const QJsonObject &object)
{
    AccountColumnMapping mapping;
    for (const auto &[key, column] : fields(mapping))
        *column = object.value(key).toString();
    return mapping;
}

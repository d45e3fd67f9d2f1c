// The languages Storefort speaks: our catalogues load from :/i18n, Qt's own from the system, English
// has its plural forms, and every catalogue keeps the placeholders, mnemonics and spacing of the
// English texts.
#include "common/Translations.h"
#include "plan/ShopProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form
};

// The messages of a .ts file, as lupdate writes it.
QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) { // only <context> has a <name>
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            Message message { .context = context,
                              .numerus = xml.attributes().value("numerus"_L1) == "yes"_L1 };
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    message.source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    message.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == "numerusform"_L1)
                                message.translations << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = u"%1 (line %2)"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString catalogue(const QString &language)
{
    return QDir(QStringLiteral(STOREFORT_TS_DIR)).filePath(u"storefort_%1.ts"_s.arg(language));
}

// What the .ts says a message is in `language` (the first one whose source starts with `source`):
// the tests follow the translators' wording.
QString translationIn(const QString &language, const QString &context, const QString &source)
{
    QString error;
    for (const Message &message : readCatalogue(catalogue(language), &error)) {
        if (message.context == context && message.source.startsWith(source))
            return message.translations.value(0);
    }
    return {};
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:L?n|\\d+)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// "&File" has one, "Shop & team" and "A && B" have none.
int mnemonicCount(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression pattern(u"&[^\\s&]"_s);
    return int(text.count(pattern));
}

QString leadingSpace(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return text.left(i);
}

QString trailingSpace(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    return text.mid(i);
}

const char *const shopNameContext = "ShopProfile";
const char *const shopNameSource = "Give the shop a name, as your customers know it.";

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QLocale m_defaultLocale;

    static QCoreApplication &app() { return *QCoreApplication::instance(); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // storefort-cli in a language chosen by the environment, as a shop owner's terminal would set it.
    Run cli(const QString &home, const QString &localeName, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s); // no saved language: the system's
        env.insert(u"LC_ALL"_s, localeName);
        env.insert(u"LANG"_s, localeName);
        env.remove(u"LANGUAGE"_s);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("STOREFORT_CLI"), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private slots:
    void initTestCase() { m_defaultLocale = QLocale(); }

    // Each case starts without translators, whatever the one before installed.
    void cleanup()
    {
        for (QTranslator *translator : app().findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_defaultLocale);
    }

    void ourCatalogueLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("es") << u"es"_s;
    }

    void ourCatalogueLoads()
    {
        QFETCH(QString, language);
        const QString expected = translationIn(language, QString::fromLatin1(shopNameContext),
                                               QString::fromLatin1(shopNameSource));
        QVERIFY2(!expected.isEmpty(), "the message is missing from the .ts file");
        QVERIFY(expected != QLatin1String(shopNameSource));

        QCOMPARE(Translations::install(app(), language), language);
        QCOMPARE(QCoreApplication::translate(shopNameContext, shopNameSource), expected);
        // The real code path, not only the lookup.
        QCOMPARE(ShopProfile::checkName(QString()), expected);
        QCOMPARE(QLocale().language(), QLocale(language).language());
    }

    void translatorsAreRemovedBetweenCases()
    {
        QCOMPARE(QCoreApplication::translate(shopNameContext, shopNameSource), QLatin1String(shopNameSource));
    }

    void qtCatalogueLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << u"de"_s << u"Abbrechen"_s;
        QTest::newRow("fr") << u"fr"_s << u"Annuler"_s;
        QTest::newRow("es") << u"es"_s << u"Cancelar"_s;
    }

    void qtCatalogueLoads()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        const QString qm = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                               .filePath(u"qtbase_%1.qm"_s.arg(language));
        QVERIFY2(QFile::exists(qm), qPrintable(qm + u" is missing (Debian: qt6-translations-l10n)"_s));
        Translations::install(app(), language);
        // The button text every QDialogButtonBox and QMessageBox shows.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    }

    void englishPlurals_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        // The CLI (app/cli/PlanCommands.cpp, AuditCommands.cpp).
        QTest::newRow("plan show, 1") << "PlanCommands"_ba
                                      << "%n change(s), intact"_ba << 1 << u"1 change, intact"_s;
        QTest::newRow("plan show, 3") << "PlanCommands"_ba
                                      << "%n change(s), intact"_ba << 3 << u"3 changes, intact"_s;
        QTest::newRow("audit verify, 1")
            << "AuditCommands"_ba
            << "The history is intact: %n change(s), each linked to the one before."_ba << 1
            << u"The history is intact: 1 change."_s;
        QTest::newRow("audit verify, 3")
            << "AuditCommands"_ba
            << "The history is intact: %n change(s), each linked to the one before."_ba << 3
            << u"The history is intact: 3 changes, each linked to the one before."_s;
        // The window.
        QTest::newRow("history, 1") << "HistoryPage"_ba
                                    << "%Ln entries"_ba << 1 << u"1 entry"_s;
        QTest::newRow("history, 1000") << "HistoryPage"_ba
                                       << "%Ln entries"_ba << 1000 << u"1,000 entries"_s;
    }

    void englishPlurals()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(Translations::install(app(), u"en"_s), u"en"_s);
        QVERIFY2(app().findChild<QTranslator *>(),
                 "no catalogue is installed for English: Translations::install must load storefort_en.qm");
        const QString text = QCoreApplication::translate(context.constData(), source.constData(), nullptr, n);
        QVERIFY2(
            !text.contains(u"(s)"_s),
            qPrintable(
                u"\"%1\" is not in storefort_en.ts; is lupdate able to extract it (see its warnings)?"_s.arg(
                    QString::fromLatin1(source))));
        QCOMPARE(text, expected);
    }

    // The whole way through: the system's language picks the catalogue of the CLI.
    void cliFollowsSystemLanguage_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("language");
        QTest::newRow("de_DE") << u"de_DE.UTF-8"_s << u"de"_s;
        QTest::newRow("fr_FR") << u"fr_FR.UTF-8"_s << u"fr"_s;
        QTest::newRow("es_ES") << u"es_ES.UTF-8"_s << u"es"_s;
    }

    void cliFollowsSystemLanguage()
    {
        QFETCH(QString, localeName);
        QFETCH(QString, language);
        QVERIFY2(qEnvironmentVariableIsSet("STOREFORT_CLI"), "STOREFORT_CLI is not set: run it with ctest");
        const QTemporaryDir home;
        const Run run = cli(home.path(), localeName, { u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        const QString expected
            = translationIn(language, u"storefort-cli"_s, u"Usage: storefort-cli COMMAND"_s);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(run.out.trimmed(), expected.trimmed());
    }

    void cliEnglishPlurals()
    {
        QVERIFY2(qEnvironmentVariableIsSet("STOREFORT_CLI"), "STOREFORT_CLI is not set: run it with ctest");
        const QTemporaryDir home;
        const QString plan = QDir(home.path()).filePath(u"tea.storefort"_s);
        QCOMPARE(cli(home.path(), u"en_GB.UTF-8"_s, { u"plan"_s, u"new"_s, plan, u"--shop"_s, u"Tiny Tea"_s })
                     .exitCode,
                 0);
        const Run show = cli(home.path(), u"en_GB.UTF-8"_s, { u"plan"_s, u"show"_s, plan });
        QCOMPARE(show.exitCode, 0);
        static const QRegularExpression history(u"(\\d+) (change\\S*), intact"_s);
        const QRegularExpressionMatch match = history.match(show.out);
        QVERIFY2(match.hasMatch(), qPrintable(show.out));
        QCOMPARE(match.captured(2), match.captured(1) == u"1"_s ? u"change"_s : u"changes"_s);
    }

    void cataloguesAreConsistent_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(STOREFORT_TS_DIR));
        const QStringList files = dir.entryList({ u"storefort_*.ts"_s }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 4);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void cataloguesAreConsistent()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = u"[%1] \"%2\""_s.arg(m.context, m.source.left(60));
            if (m.unfinished)
                problems << where + u": unfinished"_s;
            if (m.numerus && m.translations.size() != 2) // de, fr, es and en all have two forms
                problems << where + u": %1 plural forms"_s.arg(m.translations.size());
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + u": empty"_s;
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + u": placeholders differ in \"%1\""_s.arg(t);
                else if (mnemonicCount(t) != mnemonicCount(m.source))
                    problems << where + u": keyboard mnemonic (&) differs in \"%1\""_s.arg(t);
                else if (leadingSpace(t) != leadingSpace(m.source)
                         || trailingSpace(t) != trailingSpace(m.source))
                    problems << where + u": leading or trailing space differs in \"%1\""_s.arg(t);
                else if (t.count(u'\n') != m.source.count(u'\n'))
                    problems << where + u": line breaks differ in \"%1\""_s.arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

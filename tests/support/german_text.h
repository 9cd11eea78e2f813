#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <gtest/gtest.h>

namespace stitch::test {

// The app's German translation (embedded in core under :/i18n), installed for as long as this
// lives (`german` false: English, nothing installed). ok() is false when the translation could
// not be loaded.
class GermanText
{
public:
    explicit GermanText(bool german = true)
    {
        if (!german)
            return;
        m_ok = m_translator.load(QLocale(QLocale::German), QStringLiteral("stitch-tunnel-wizard"),
                                 QStringLiteral("_"), QStringLiteral(":/i18n"));
        m_installed = m_ok && QCoreApplication::installTranslator(&m_translator);
    }
    ~GermanText()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    GermanText(const GermanText &) = delete;
    GermanText &operator=(const GermanText &) = delete;
    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok = true;
    bool m_installed = false;
};

// A test run in German: it fails at once when the translation is not embedded.
class GermanTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_german.ok()) << "the German translation is not embedded under :/i18n";
    }

private:
    GermanText m_german;
};

} // namespace stitch::test

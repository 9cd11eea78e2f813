#pragma once

class QCoreApplication;

namespace stitch {

// Installs the system locale's translation of every user-facing text (embedded under :/i18n from
// translations/*.ts) and Qt's own strings when the system has them, as git and apt follow the
// locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Call before any text is made. English needs
// neither and loads nothing.
void installTranslations(QCoreApplication &app);

} // namespace stitch

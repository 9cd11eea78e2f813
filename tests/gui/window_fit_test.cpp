// The tools behind the fit tests, without a server: the cut-off-text checker finds what it is for,
// and the wizard's first size fits the screen's work area. They need no sandbox, so they also run
// in the Windows build under Wine.
#include "fit_check.h"
#include "window_fit.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::wizard;

// The checker itself finds what it is for: a label, a wrapped label and a button too small for
// their texts, and a check box reaching out of its parent; and nothing when they fit.
TEST(FitCheck, FindsCutOffTextsAndOnlyThose)
{
    QWidget window;
    window.resize(400, 300);
    auto *label = new QLabel(QStringLiteral("A label with rather a lot of text in it"), &window);
    auto *wrapped = new QLabel(QStringLiteral("A word-wrapped label with enough words to need "
                                              "several lines at a narrow width"),
                               &window);
    wrapped->setWordWrap(true);
    auto *button = new QPushButton(QStringLiteral("A button with a long text"), &window);
    auto *box = new QCheckBox(QStringLiteral("Tick"), &window);
    const auto fitAll = [&] {
        label->setGeometry(QRect(QPoint(0, 0), label->sizeHint()));
        wrapped->setGeometry(0, 40, 150, wrapped->heightForWidth(150));
        button->setGeometry(QRect(QPoint(0, 150), button->sizeHint()));
        box->setGeometry(QRect(QPoint(0, 200), box->sizeHint()));
    };
    fitAll();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(test::cutOffTexts(&window), QStringList());

    label->resize(label->sizeHint().width() - 10, label->sizeHint().height());
    wrapped->resize(150, wrapped->heightForWidth(150) - 5);
    button->resize(button->sizeHint().width() - 10, button->sizeHint().height());
    box->move(400 - box->width() / 2, 200);
    const QStringList problems = test::cutOffTexts(&window);
    EXPECT_EQ(problems.size(), 4) << problems.join(QLatin1Char('\n')).toStdString();
    const QString all = problems.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("A label with"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("wraps to"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("A button"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Tick"))) << all.toStdString();
}

// The first size: 960×680 where the screen has room, less (frame included) where it has not,
// never below the window's minimum; centred in the work area.
TEST(WindowFit, FirstGeometryFitsTheScreensWorkArea)
{
    const QSize preferred(960, 680);
    const QMargins windowsFrame(8, 31, 8, 8);
    const QSize minimum(555, 265);
    // 1920×1080 at 100 %, taskbar at the bottom: room to spare.
    QRect g = fittedGeometry(QRect(0, 0, 1920, 1040), preferred, windowsFrame, minimum);
    EXPECT_EQ(g.size(), preferred);
    EXPECT_TRUE(QRect(0, 0, 1920, 1040).contains(g.marginsAdded(windowsFrame)));
    EXPECT_EQ(g.left() - windowsFrame.left(), (1920 - 976) / 2);
    // 1920×1080 at 150 %: 1280×720 logical, a 32 px taskbar.
    g = fittedGeometry(QRect(0, 0, 1280, 688), preferred, windowsFrame, minimum);
    EXPECT_EQ(g.size(), QSize(960, 688 - 39));
    EXPECT_TRUE(QRect(0, 0, 1280, 688).contains(g.marginsAdded(windowsFrame)));
    // 1366×768 at 125 %: 1093×614 logical, taskbar on the left.
    const QRect laptop(32, 0, 1061, 614);
    g = fittedGeometry(laptop, preferred, windowsFrame, minimum);
    EXPECT_EQ(g.size(), QSize(960, 614 - 39));
    EXPECT_TRUE(laptop.contains(g.marginsAdded(windowsFrame)));
    // Smaller than the window can be: its minimum, at the work area's top left.
    g = fittedGeometry(QRect(0, 0, 500, 250), preferred, windowsFrame, minimum);
    EXPECT_EQ(g.size(), minimum);
    EXPECT_EQ(g.topLeft(), QPoint(8, 31));
}

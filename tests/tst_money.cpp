// Money: parsing what accountants type and paste, formatting, exact percentages.
#include "int128.h"
#include "money.h"

#include <QTest>

#include <limits>

using Juesuan::Money;
using Juesuan::UInt128;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseWanyuan_data();
    void parseWanyuan();
    void refusals_data();
    void refusals();
    void parseYuan_data();
    void parseYuan();
    void format_data();
    void format();
    void blankIsNotZero();
    void arithmetic();
    void percent_data();
    void percent();
    void percentOfZeroIsEmpty();
    void percentExtremes_data();
    void percentExtremes();
    void percentBeyondInt64IsRefused();
    void int128Arithmetic();
    void int128AgreesWithCompiler();
};

void TestMoney::parseWanyuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("grouped") << QStringLiteral("3,087.79") << qint64(3087790000);
    QTest::newRow("plain") << QStringLiteral("3087.79") << qint64(3087790000);
    QTest::newRow("negative") << QStringLiteral("-1.5") << qint64(-1500000);
    QTest::newRow("space grouped") << QStringLiteral("1 234.5") << qint64(1234500000);
    QTest::newRow("full-width") << QStringLiteral("３０８７．７９") << qint64(3087790000);
    QTest::newRow("full-width grouped") << QStringLiteral("３，０８７．７９") << qint64(3087790000);
    QTest::newRow("six decimals is one fen") << QStringLiteral("0.000001") << qint64(1);
    QTest::newRow("integer") << QStringLiteral("12") << qint64(12000000);
    QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(500000);
    QTest::newRow("trailing dot") << QStringLiteral("5.") << qint64(5000000);
    QTest::newRow("plus") << QStringLiteral("+2") << qint64(2000000);
    QTest::newRow("accounting negative") << QStringLiteral("(1,234.50)") << qint64(-1234500000);
    QTest::newRow("surrounding spaces") << QStringLiteral("  0.08\t") << qint64(80000);
    QTest::newRow("full-width minus") << QStringLiteral("－0.01") << qint64(-10000);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("largest accepted") << QStringLiteral("1000000000") << qint64(1000000000000000);
}

void TestMoney::parseWanyuan()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto r = Money::parse(text);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.value.isBlank());
    QCOMPARE(r.value.fen(), fen);
}

void TestMoney::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("letters") << QStringLiteral("12a") << QStringLiteral("“a” is not part of a number");
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << QStringLiteral("more than one decimal point");
    QTest::newRow("seven decimals") << QStringLiteral("0.0000001") << QStringLiteral("more than 6 decimals");
    QTest::newRow("overflow int64") << QStringLiteral("99999999999999999999999") << QStringLiteral("too large");
    QTest::newRow("too large") << QStringLiteral("1000000000.01") << QStringLiteral("too large");
    QTest::newRow("sign inside") << QStringLiteral("1-2") << QStringLiteral("sign in the middle");
    QTest::newRow("only sign") << QStringLiteral("-") << QStringLiteral("no digits");
    QTest::newRow("comma after dot") << QStringLiteral("1.234,5") << QStringLiteral("after the decimal point");
    QTest::newRow("misplaced comma") << QStringLiteral("30,87.79") << QStringLiteral("wrong place");
    QTest::newRow("comma first") << QStringLiteral(",123") << QStringLiteral("wrong place");
    QTest::newRow("percent sign") << QStringLiteral("5%") << QStringLiteral("“%” is not part of a number");
    QTest::newRow("sign in parentheses") << QStringLiteral("(-5)") << QStringLiteral("sign inside parentheses");
    QTest::newRow("unit word") << QStringLiteral("5万元") << QStringLiteral("is not part of a number");
}

void TestMoney::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto r = Money::parse(text);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QVERIFY(r.value.isBlank());
}

void TestMoney::parseYuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("yuan") << QStringLiteral("30,877,900.00") << true << qint64(3087790000);
    QTest::newRow("fen") << QStringLiteral("0.01") << true << qint64(1);
    QTest::newRow("three decimals") << QStringLiteral("0.001") << false << qint64(0);
}

void TestMoney::parseYuan()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    const auto r = Money::parse(text, Money::Unit::Yuan);
    QCOMPARE(r.ok, ok);
    if (ok)
        QCOMPARE(r.value.fen(), fen);
    else
        QVERIFY(r.error.contains(QStringLiteral("more than 2 decimals")));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("grouped");
    QTest::addColumn<QString>("plain");
    QTest::newRow("total") << qint64(3087790000) << QStringLiteral("3,087.79") << QStringLiteral("3087.79");
    QTest::newRow("small") << qint64(80000) << QStringLiteral("0.08") << QStringLiteral("0.08");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("half up") << qint64(5000) << QStringLiteral("0.01") << QStringLiteral("0.01");
    QTest::newRow("below half") << qint64(4999) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("negative half away") << qint64(-5000) << QStringLiteral("-0.01") << QStringLiteral("-0.01");
    QTest::newRow("negative rounds to zero") << qint64(-4999) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("millions") << qint64(123456789000000) << QStringLiteral("123,456,789.00")
                              << QStringLiteral("123456789.00");
    QTest::newRow("negative grouped") << qint64(-1274100000) << QStringLiteral("-1,274.10") << QStringLiteral("-1274.10");
}

void TestMoney::format()
{
    QFETCH(qint64, fen);
    QFETCH(QString, grouped);
    QFETCH(QString, plain);
    const Money m = Money::fromFen(fen);
    QCOMPARE(m.toWanyuan(), grouped);
    QCOMPARE(m.toWanyuan(false), plain);
    // What is shown parses back to the shown amount.
    QCOMPARE(Money::parse(grouped).value.toWanyuan(), grouped);
}

void TestMoney::blankIsNotZero()
{
    const Money blank;
    QVERIFY(blank.isBlank());
    QCOMPARE(blank.toWanyuan(), QString());
    QVERIFY(blank != Money::fromFen(0));
    const auto empty = Money::parse(QStringLiteral("   "));
    QVERIFY(empty.ok);
    QVERIFY(empty.value.isBlank());
    QCOMPARE(Money::fromFen(0).toWanyuan(), QStringLiteral("0.00"));
    QCOMPARE(Money::fromFen(123).toExactWanyuan(), QStringLiteral("0.000123"));
    QCOMPARE(Money::fromFen(3087790000).toExactWanyuan(), QStringLiteral("3087.79"));
    QCOMPARE(Money::fromFen(12345).toYuan(), QStringLiteral("123.45"));
    QCOMPARE(Money::fromFen(1274100000).toShortWanyuan(), QStringLiteral("1274.1"));
    QCOMPARE(Money::fromFen(3000000).toShortWanyuan(), QStringLiteral("3"));
    QCOMPARE(Money::fromFen(80000).toShortWanyuan(), QStringLiteral("0.08"));
    QCOMPARE(Money::fromFen(1).toShortWanyuan(6), QStringLiteral("0.000001"));
    QCOMPARE(Money::fromFen(1).toShortWanyuan(2), QStringLiteral("0"));
    QCOMPARE(Money::fromFen(-1500000).toShortWanyuan(), QStringLiteral("-1.5"));
    QCOMPARE(Money().toShortWanyuan(), QString());
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromFen(100);
    const Money blank;
    QVERIFY((blank + blank).isBlank());
    QCOMPARE((a + blank).fen(), qint64(100));
    QCOMPARE((blank - a).fen(), qint64(-100));
    QCOMPARE((-a).fen(), qint64(-100));
    QVERIFY((-blank).isBlank());
    Money s = blank;
    s += a;
    s -= Money::fromFen(30);
    QCOMPARE(s, Money::fromFen(70));
}

void TestMoney::percent_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    // Figures of the reference report: 1274.1 of 4361.89 is 29.2%, 417.23 of 3087.79 13.5%…
    QTest::newRow("decline") << qint64(1274100000) << qint64(4361890000) << 1 << QStringLiteral("29.2%");
    QTest::newRow("basic share") << qint64(417230000) << qint64(3087790000) << 1 << QStringLiteral("13.5%");
    QTest::newRow("project share") << qint64(2670560000) << qint64(3087790000) << 1 << QStringLiteral("86.5%");
    QTest::newRow("budget done") << qint64(3087790000) << qint64(2840010000) << 1 << QStringLiteral("108.7%");
    QTest::newRow("whole") << qint64(2274000) << qint64(4471000) << 0 << QStringLiteral("51%");
    QTest::newRow("exact half rounds up") << qint64(1) << qint64(8) << 1 << QStringLiteral("12.5%");
    QTest::newRow("half of a tenth up") << qint64(1) << qint64(16) << 1 << QStringLiteral("6.3%");
    QTest::newRow("negative half away") << qint64(-1) << qint64(16) << 1 << QStringLiteral("-6.3%");
    QTest::newRow("negative den") << qint64(1) << qint64(-4) << 0 << QStringLiteral("-25%");
}

void TestMoney::percent()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Money::percent(num, den, decimals), expected);
}

void TestMoney::percentOfZeroIsEmpty()
{
    QCOMPARE(Money::percent(5, 0), QString());
    qint64 units = 42;
    QVERIFY(!Money::percentUnits(5, 0, 1, &units));
    QCOMPARE(units, qint64(42));
}

// Amounts at the int64 limits: the 128-bit path keeps every digit and rounds once.
void TestMoney::percentExtremes_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("units");
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("max of max") << max << max << 1 << qint64(1000);
    QTest::newRow("min of min") << min << min << 1 << qint64(1000);
    QTest::newRow("min of max") << min << max << 0 << qint64(-100); // -100.00000000000000000011%
    QTest::newRow("max of min") << max << min << 2 << qint64(-10000); // -99.999999999999999999989%
    QTest::newRow("one of max") << qint64(1) << max << 6 << qint64(0);
    QTest::newRow("max over 10^15") << max << qint64(1000000000000000) << 0 << qint64(922337); // 922337.2036854775807%
    QTest::newRow("min over 10^15") << min << qint64(1000000000000000) << 0 << qint64(-922337);
    QTest::newRow("max over -10^15") << max << qint64(-1000000000000000) << 1 << qint64(-9223372);
    // num * 10^5 / den = x.5 exactly: half up, away from zero on either sign.
    QTest::newRow("half at max") << max << qint64(200) << 0 << qint64(4611686018427387904); // …903.5
    QTest::newRow("half at -max") << -max << qint64(200) << 0 << qint64(-4611686018427387904);
    QTest::newRow("exact half") << qint64(5) << qint64(1000000) << 3 << qint64(1); // 0.0005% → 0.001%
    QTest::newRow("exact half negative") << qint64(-5) << qint64(1000000) << 3 << qint64(-1);
    QTest::newRow("exact half both negative") << qint64(-5) << qint64(-1000000) << 3 << qint64(1);
    QTest::newRow("just under half") << qint64(4999999) << qint64(1000000000000) << 3 << qint64(0);
    QTest::newRow("just under half negative") << qint64(-4999999) << qint64(1000000000000) << 3 << qint64(0);
    QTest::newRow("zero of min") << qint64(0) << min << 2 << qint64(0);
    QTest::newRow("largest result") << max / 100 << qint64(1) << 0 << max / 100 * 100;
    QTest::newRow("most negative result") << min / 100 << qint64(1) << 0 << min / 100 * 100;
}

void TestMoney::percentExtremes()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(int, decimals);
    QFETCH(qint64, units);
    qint64 got = 0;
    QVERIFY(Money::percentUnits(num, den, decimals, &got));
    QCOMPARE(got, units);
}

// A percentage that is itself beyond int64 is refused, never wrapped round into a wrong figure.
void TestMoney::percentBeyondInt64IsRefused()
{
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    qint64 units = 42;
    QVERIFY(!Money::percentUnits(max, 1, 0, &units));
    QVERIFY(!Money::percentUnits(min, -1, 1, &units));
    QVERIFY(!Money::percentUnits(1, 1, 40, &units)); // 10^42 passes 128 bits on the way
    QCOMPARE(units, qint64(42));
    QCOMPARE(Money::percent(max, 1), QString());
    QVERIFY(Money::percentUnits(min / 100, 1, 0, &units)); // the lowest int64 multiple of 100 fits
    QVERIFY(!Money::percentUnits(min / 100 - 1, 1, 0, &units));
}

void TestMoney::int128Arithmetic()
{
    const quint64 all = std::numeric_limits<quint64>::max();
    QCOMPARE(UInt128::multiply(all, all), UInt128(all - 1, 1)); // (2^64 - 1)^2
    QCOMPARE(UInt128::multiply(0, all), UInt128(0, 0));
    QCOMPARE(UInt128::multiply(quint64(1) << 32, quint64(1) << 32), UInt128(1, 0));
    QCOMPARE(UInt128::multiply(0xFFFFFFFFu, 0xFFFFFFFFu), UInt128(0, 0xFFFFFFFE00000001u));
    UInt128 x(all);
    QVERIFY(x.multiplyBy(all));
    QCOMPARE(x, UInt128(all - 1, 1));
    QVERIFY(!x.multiplyBy(2)); // 2^129 - …: refused, unchanged
    QCOMPARE(x, UInt128(all - 1, 1));
    quint64 rest = 0;
    QCOMPARE(x.divide(all, &rest), UInt128(0, all)); // (2^64 - 1)^2 / (2^64 - 1)
    QCOMPARE(rest, quint64(0));
    QCOMPARE(UInt128(1, 0).divide(3, &rest), UInt128(0, 0x5555555555555555u));
    QCOMPARE(rest, quint64(1));
    QCOMPARE(UInt128(all, all).divide(1, &rest), UInt128(all, all));
    QCOMPARE(UInt128(all, all).divide(all, &rest), UInt128(1, 1)); // top bit of the rest carries
    QCOMPARE(rest, quint64(0));
    QCOMPARE(UInt128(7).divideRounded(2), UInt128(4)); // 3.5 → 4
    QCOMPARE(UInt128(5).divideRounded(4), UInt128(1)); // 1.25 → 1
    QCOMPARE(UInt128(0, all).divideRounded(2), UInt128(quint64(1) << 63)); // carries into the next bit
    QCOMPARE(UInt128(all, all).divideRounded(1), UInt128(all, all));
}

// Where the compiler has a 128-bit type, the portable path gives exactly what the former
// __int128 code gave, on the extremes and on a fixed spread of ordinary and odd values.
void TestMoney::int128AgreesWithCompiler()
{
#if defined(__SIZEOF_INT128__)
    __extension__ typedef __int128 Wide;
    const auto former = [](qint64 num, qint64 den, int decimals) {
        Wide scaled = Wide(num) * 100;
        for (int i = 0; i < decimals; ++i)
            scaled *= 10;
        Wide d = den;
        if (d < 0) {
            d = -d;
            scaled = -scaled;
        }
        const bool negative = scaled < 0;
        const Wide mag = negative ? -scaled : scaled;
        const Wide q = (2 * mag + d) / (2 * d);
        return negative ? -q : q;
    };
    QList<qint64> values{0, 1, -1, 2, -2, 3, 7, 8, 16, 99, 100, 101, 1000000, -999999, 4361890000, 3087790000,
                         std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
                         std::numeric_limits<qint64>::max() - 1, std::numeric_limits<qint64>::min() + 1,
                         qint64(1) << 32, (qint64(1) << 32) - 1, qint64(1) << 62, -(qint64(1) << 62)};
    quint64 state = 0x9E3779B97F4A7C15u; // splitmix64: the same spread on every run
    for (int i = 0; i < 200; ++i) {
        quint64 z = (state += 0x9E3779B97F4A7C15u);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        z ^= z >> 31;
        values.append(qint64(z >> (z % 64))); // all magnitudes, both signs
    }
    int compared = 0;
    for (qint64 num : std::as_const(values)) {
        for (qint64 den : std::as_const(values)) {
            if (den == 0)
                continue;
            for (int decimals = 0; decimals <= 3; ++decimals) {
                const Wide expected = former(num, den, decimals);
                qint64 got = 0;
                const bool fits = expected >= std::numeric_limits<qint64>::min() && expected <= std::numeric_limits<qint64>::max();
                QCOMPARE(Money::percentUnits(num, den, decimals, &got), fits);
                if (fits) {
                    QCOMPARE(got, qint64(expected));
                    ++compared;
                }
            }
        }
    }
    QVERIFY(compared > 100000);
#else
    QSKIP("this compiler has no 128-bit integer to compare with");
#endif
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

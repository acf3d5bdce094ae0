#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace Juesuan {

// An exact amount of money in 分 (0.01 元), or blank. Blank is not zero: a blank cell
// prints nothing, a zero cell prints 0.00.
class Money
{
public:
    enum class Unit { Wanyuan, Yuan };

    struct ParseResult;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr qint64 fenPerYuan = 100;
    static constexpr qint64 fenPerWanyuan = 1000000;

    constexpr bool isBlank() const { return m_blank; }
    constexpr qint64 fen() const { return m_blank ? 0 : m_fen; } // blank counts as zero
    constexpr bool isZero() const { return !m_blank && m_fen == 0; }
    constexpr bool isNegative() const { return !m_blank && m_fen < 0; }

    // Parses what people type or paste: "3,087.79", "1 234.5", "-1.5", "(1.5)",
    // full-width "３０８７．７９", "¥1,234.50", "1,234.50元". Empty or blank text, and the
    // accounting formats' "-" and "—", give a blank amount; "12.5%" is refused. A trailing
    // "元" or "万元" overrides `unit`. 万元 allows up to 6 decimals (exactly 1 分), 元 up to 2;
    // finer text is refused, never rounded.
    static ParseResult parse(const QString &text, Unit unit = Unit::Wanyuan);

    // 万元 with `decimals` decimals (half up, away from zero), e.g. "3,087.79". Blank gives "".
    QString toWanyuan(bool groupThousands = true, int decimals = 2) const;
    // The exact value in 万元 with as many decimals as needed (at least 2), no separators.
    QString toExactWanyuan() const;
    // 万元 the way prose and forms print it: rounded half up to `maxDecimals`, trailing zeros
    // and a bare point dropped, no separators ("1274.1", "3", "0.08"). Blank gives "".
    QString toShortWanyuan(int maxDecimals = 2) const;
    QString toYuan(bool groupThousands = true) const;

    // Blank + blank is blank; otherwise blank counts as zero. Overflow is the caller's
    // concern: parse() refuses values whose sums could come near the int64 limit.
    Money operator+(const Money &o) const;
    Money operator-(const Money &o) const;
    Money operator-() const;
    Money &operator+=(const Money &o) { return *this = *this + o; }
    Money &operator-=(const Money &o) { return *this = *this - o; }

    friend constexpr bool operator==(const Money &a, const Money &b)
    {
        return a.m_blank == b.m_blank && a.m_fen == b.m_fen;
    }
    friend constexpr bool operator!=(const Money &a, const Money &b) { return !(a == b); }

    // num / den as a percentage rounded half up once, e.g. "29.2%". Empty when den is 0.
    static QString percent(qint64 num, qint64 den, int decimals = 1);
    // The same ratio as an integer in units of 10^-decimals percent (half up);
    // returns false when den is 0.
    static bool percentUnits(qint64 num, qint64 den, int decimals, qint64 *units);

private:
    explicit constexpr Money(qint64 fen) : m_fen(fen), m_blank(false) { }
    qint64 m_fen = 0;
    bool m_blank = true;
};

struct Money::ParseResult
{
    bool ok = false;
    Money value;
    QString error; // why the text was refused; empty when ok
};

} // namespace Juesuan

Q_DECLARE_METATYPE(Juesuan::Money)

package currency_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/shopspring/decimal"
)

func ExampleParse() {
	a, err := currency.Parse("£2,400,000.00")
	if err != nil {
		panic(err)
	}
	fmt.Println(a, a.Currency())

	_, err = currency.Parse("£2.4q")
	fmt.Println(err)
	fmt.Println(errors.Is(err, currency.ErrSyntax))
	// Output:
	// £2,400,000.00 GBP
	// currency: Parse("£2.4q"): invalid syntax: want the amount to end after its digits at offset 5
	// true
}

func ExamplePounds() {
	fmt.Println(currency.Pounds(2_400_000))
	// Output: £2,400,000.00
}

func ExamplePence() {
	fmt.Println(currency.Pence(30))
	// Output: £0.30
}

func ExampleNew() {
	a, err := currency.New(decimal.RequireFromString("2.405"), currency.GBP)
	if err != nil {
		panic(err)
	}
	fmt.Println(a)
	_, err = currency.New(decimal.New(1, 1000), currency.GBP)
	fmt.Println(err)
	// Output:
	// £2.405
	// currency: New: value out of range: want a magnitude of at most 10^400
}

func ExampleFromMinor() {
	fmt.Println(currency.FromMinor(250, currency.EUR), currency.FromMinor(250, currency.JPY))
	// Output: €2.50 ¥250
}

func ExampleSum() {
	// The four lines of the 2016 MOPAC notes to editors.
	total, err := currency.Sum(
		currency.Pounds(1_260_000), // four Rape Crisis Centres
		currency.Pounds(2_165_000), // three Sexual Assault Referral Centres
		currency.Pounds(100_000),   // development budget
		currency.Pounds(70_000),    // interpreter service
	)
	fmt.Println(total, err)
	// Output: £3,595,000.00 <nil>
}

func ExampleAmount_Add() {
	sum, err := currency.Pounds(2_000_000).Add(currency.Pounds(400_000))
	fmt.Println(sum, err)

	_, err = currency.Pounds(1).Add(currency.FromMinor(100, currency.EUR))
	fmt.Println(err)
	// Output:
	// £2,400,000.00 <nil>
	// currency: Add: GBP and EUR do not mix
}

func ExampleAmount_Sub() {
	gap, _ := currency.Pounds(2_400_000).Sub(currency.Pounds(2_000_000))
	fmt.Println(gap)
	// Output: £400,000.00
}

func ExampleAmount_Mul() {
	a, err := currency.MustParse("£2.40").Mul(decimal.RequireFromString("1.5"))
	if err != nil {
		panic(err)
	}
	fmt.Println(a)
	// Output: £3.60
}

func ExampleAmount_DivInt() {
	// More than £4 million over the 24,000 adults a year who experience
	// serious sexual assault or rape in London.
	perAdult, err := currency.Pounds(4_000_000).DivInt(24_000, 2, currency.HalfUp)
	fmt.Println(perAdult, err)
	// Output: £166.67 <nil>
}

func ExampleAmount_Div() {
	_, err := currency.Pounds(1).Div(decimal.Zero, 2, currency.HalfUp)
	fmt.Println(err)
	// Output: currency: Div: division by zero
}

func ExampleAmount_Ratio() {
	r, _ := currency.Pounds(4_500_000).Ratio(currency.Pounds(2_400_000))
	fmt.Println(r)
	// Output: 1.875
}

func ExampleAmount_Round() {
	a := currency.MustParse("£2,449,999")
	fmt.Println(a.Round(-5, currency.HalfUp))
	fmt.Println(currency.MustParse("£2.5").Round(0, currency.HalfEven))
	fmt.Println(currency.MustParse("£2.5").Round(0, currency.HalfUp))
	// Output:
	// £2,400,000.00
	// £2.00
	// £3.00
}

func ExampleAmount_RoundToMinor() {
	a := currency.MustParse("£166.6666")
	fmt.Println(a.RoundToMinor(currency.HalfUp))
	// Output: £166.67
}

func ExampleAmount_Compare() {
	c, err := currency.Pounds(2_000_000).Compare(currency.Pounds(2_400_000))
	fmt.Println(c, err)
	// Output: -1 <nil>
}

func ExampleAmount_Equal() {
	fmt.Println(currency.MustParse("£2.4").Equal(currency.MustParse("£2.40")))
	fmt.Println(currency.Pounds(0).Equal(currency.FromMinor(0, currency.EUR)))
	// Output:
	// true
	// false
}

func ExampleAmount_Split() {
	// £2,165,000 across the three London Sexual Assault Referral Centres.
	parts, _ := currency.Pounds(2_165_000).Split(3)
	fmt.Println(parts)
	total, _ := currency.Sum(parts...)
	fmt.Println(total)
	// Output:
	// [£721,666.67 £721,666.67 £721,666.66]
	// £2,165,000.00
}

func ExampleAmount_Allocate() {
	// £1 shared 1:2:3; the spare penny goes to the share that lost most.
	parts, _ := currency.Pounds(1).Allocate(1, 2, 3)
	fmt.Println(parts)

	_, err := currency.Pounds(1).Allocate(0, 0)
	fmt.Println(err)
	// Output:
	// [£0.17 £0.33 £0.50]
	// currency: Allocate: invalid weights: weights are all zero
}

func ExampleAmount_MarshalJSON() {
	b, _ := json.Marshal(currency.Pounds(2_400_000))
	fmt.Println(string(b))
	// Output: {"amount":"2400000.00","currency":"GBP"}
}

func ExampleAmount_UnmarshalJSON() {
	// A JSON number is read as text, digit for digit, never as a float64.
	var a currency.Amount
	err := json.Unmarshal([]byte(`{"amount":0.1000000000000000055511151231257827,"currency":"GBP"}`), &a)
	fmt.Println(a, err)
	// Output: £0.1000000000000000055511151231257827 <nil>
}

func ExampleAmount_MarshalText() {
	b, _ := currency.MustParse("-£400,000").MarshalText()
	fmt.Println(string(b))
	// Output: GBP -400000.00
}

func ExampleParseCode() {
	c, err := currency.ParseCode("jpy")
	fmt.Println(c, c.MinorUnits(), err)
	_, err = currency.ParseCode("ZZZ")
	fmt.Println(err)
	// Output:
	// JPY 0 <nil>
	// currency: ParseCode("ZZZ"): unknown currency at offset 0
}

func ExampleParseRounding() {
	r, err := currency.ParseRounding("half-even")
	fmt.Println(r, err)
	// Output: half-even <nil>
}

// Example is the README's fifteen-line snippet: read what people wrote, do
// exact arithmetic and write the result back in GBP.
func Example() {
	pkg := currency.MustParse("£2,400,000")
	said, _ := currency.ParseFigure("£2m") // "the mayor coughing up £2m"
	gap, _ := pkg.Sub(said.Nominal())
	pct, _ := gap.Ratio(pkg)

	fmt.Println(gap.Format(currency.Short), pct.Shift(2).StringFixed(1)+"%")
	fmt.Println(said.Admits(pkg), said.Interval()) // rounding to the nearest £1m allows it

	shares, _ := currency.Pounds(2_165_000).Split(3)
	fmt.Println(shares)
	// Output:
	// £400k 16.7%
	// true [£1,500,000, £2,500,000)
	// [£721,666.67 £721,666.67 £721,666.66]
}

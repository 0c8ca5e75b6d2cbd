package currency_test

import (
	"fmt"

	"github.com/fundclaims/fundclaims/currency"
)

func ExampleParseFigure() {
	for _, s := range []string{"£2.4m", "more than £4 million", "half a billion pounds", "between £3m and £5m", "£2.4q"} {
		f, err := currency.ParseFigure(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-23q %-9v nominal %v, stated to the nearest %v\n", s, f.Bound(), f.Nominal().Format(currency.Whole), f.Precision().Format(currency.Whole))
	}
	// Output:
	// "£2.4m"                 exact     nominal £2,400,000, stated to the nearest £100,000
	// "more than £4 million"  more than nominal £4,000,000, stated to the nearest £1,000,000
	// "half a billion pounds" exact     nominal £500,000,000, stated to the nearest £100,000,000
	// "between £3m and £5m"   range     nominal £3,000,000, stated to the nearest £1,000,000
	// currency: ParseFigure("£2.4q"): invalid syntax: want k, m, bn, a word such as million, or the end of the number at offset 5
}

func ExampleFigure_Admits() {
	pkg := currency.Pounds(2400000)         // the package announced
	itemised := currency.Pounds(3595000)    // the 2016 money, item by item
	said := currency.MustParseFigure("£2m") // "the mayor coughing up £2m"
	fmt.Println(`"£2m" admits £2.4m:`, said.Admits(pkg))
	fmt.Println(`"£2.4m" admits £2.4m:`, currency.MustParseFigure("£2.4m").Admits(pkg))

	claim := currency.MustParseFigure("more than £4 million")
	fmt.Println(`"more than £4 million" admits £3,595,000:`, claim.Admits(itemised))
	fmt.Println(`"at least £4m" admits £4m:`, currency.MustParseFigure("at least £4m").Admits(currency.Pounds(4000000)))
	fmt.Println(`"nearly £4m" admits £4.2m:`, currency.MustParseFigure("nearly £4m").Admits(currency.Pounds(4200000)))
	fmt.Println(`"£2m" admits €2m:`, said.Admits(currency.MustParse("€2,000,000")))
	// Output:
	// "£2m" admits £2.4m: true
	// "£2.4m" admits £2.4m: true
	// "more than £4 million" admits £3,595,000: false
	// "at least £4m" admits £4m: true
	// "nearly £4m" admits £4.2m: false
	// "£2m" admits €2m: false
}

func ExampleFigure_Interval() {
	for _, s := range []string{"£2.4m", "£1,260,000", "about £2.4m", "more than £4m", "up to £10m", "nearly £4m", "£3m-£5m"} {
		fmt.Printf("%-14s %v\n", s, currency.MustParseFigure(s).Interval())
	}
	// Output:
	// £2.4m          [£2,350,000, £2,450,000)
	// £1,260,000     [£1,259,999.50, £1,260,000.50)
	// about £2.4m    [£2,160,000, £2,640,000]
	// more than £4m  (£4,000,000, ∞)
	// up to £10m     [£0, £10,000,000]
	// nearly £4m     [£3,600,000, £4,000,000)
	// £3m-£5m        [£2,500,000, £5,500,000)
}

func ExampleInterval_Contains() {
	iv := currency.MustParseFigure("£2.4m").Interval()
	fmt.Println(iv.Min().Format(currency.Whole), iv.MinOpen(), iv.Max().Format(currency.Whole), iv.MaxOpen())
	fmt.Println(iv.Contains(currency.Pounds(2449999)), iv.Contains(currency.Pounds(2450000)))
	// Output:
	// £2,350,000 false £2,450,000 true
	// true false
}

func ExampleFigure_String() {
	for _, s := range []string{"over £4 million", "£2.4 million", "£1,260,000", "£3m to £5m", "around £9bn", "£0.30", "2.4 million pounds"} {
		fmt.Printf("%-20s -> %v\n", s, currency.MustParseFigure(s))
	}
	// Output:
	// over £4 million      -> more than £4m
	// £2.4 million         -> £2.4m
	// £1,260,000           -> £1,260,000
	// £3m to £5m           -> between £3m and £5m
	// around £9bn          -> about £9bn
	// £0.30                -> 30p
	// 2.4 million pounds   -> £2.4m
}

func ExampleExactFigure() {
	for _, a := range []currency.Amount{currency.Pounds(2165000), currency.MustParse("£2,165,000.00"), currency.Pence(30)} {
		f := currency.ExactFigure(a)
		fmt.Println(f, f.Precision().Format(currency.Whole), f.Interval())
	}
	// Output:
	// £2,165,000 £1 [£2,164,999.50, £2,165,000.50)
	// £2,165,000.00 £0.01 [£2,164,999.995, £2,165,000.005)
	// 30p £0.01 [£0.295, £0.305)
}

func ExampleFind() {
	quote := "City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry " +
		"in London into this heinous abuse - the mayor coughing up £2m after months " +
		"of trying to avoid talking about it. The 2016 release promised more than £4 million."
	for _, m := range currency.Find(quote) {
		fmt.Printf("[%d:%d] %q: %v %v\n", m.Start, m.End, m.Figure.Text(), m.Figure.Bound(), m.Figure.Nominal().Format(currency.Whole))
	}
	// Output:
	// [58:64] "£4.5m": exact £4,500,000
	// [131:135] "£2m": exact £2,000,000
	// [212:233] "more than £4 million": more than £4,000,000
}

func ExampleParseBound() {
	b, err := currency.ParseBound("more than")
	fmt.Println(b == currency.MoreThan, err)
	// Output:
	// true <nil>
}

func ExampleInterval_Add() {
	// The parts of a package as a source states them.
	parts := []string{"more than £20bn", "up to £9bn", "between £6m and £7m"}
	total := currency.MustParseFigure(parts[0]).Interval()
	for _, s := range parts[1:] {
		total, _ = total.Add(currency.MustParseFigure(s).Interval())
	}
	fmt.Println(total)
	two, _ := currency.MustParseFigure("between £6m and £7m").Interval().Add(currency.MustParseFigure("£2m").Interval())
	fmt.Println(two)
	// Output:
	// (£20,005,500,000, ∞)
	// [£7,000,000, £10,000,000)
}

func ExampleInterval_Shift() {
	// "more than £4m", plus an exactly recorded £1,500,000.
	iv, _ := currency.MustParseFigure("more than £4m").Interval().Shift(currency.Pounds(1_500_000))
	fmt.Println(iv)
	// Output:
	// (£5,500,000, ∞)
}

func ExampleTerm_Ratio() {
	// A total over five years, per year: 5/1 years, so divide by 5.
	num, den, ok := currency.Years(5).Ratio(currency.Years(1))
	fmt.Println(num, den, ok)
	num, den, ok = currency.Months(18).Ratio(currency.Years(1))
	fmt.Println(num, den, ok)
	// Weeks do not go into years exactly.
	_, _, ok = currency.Weeks(52).Ratio(currency.Years(1))
	fmt.Println(ok, currency.Years(3), currency.Term{}.IsZero())
	// Output:
	// 5 1 true
	// 3 2 true
	// false 3 years true
}

func ExampleFigure_Per() {
	for _, s := range []string{"£400m-a-year", "£30m annually", "£2bn over five years", "£1.5bn a year for three years", "£2.4m"} {
		f := currency.MustParseFigure(s)
		fmt.Printf("%-32q per %-8q over %-9q %v\n", s, f.Per(), f.Over(), f)
	}
	// Output:
	// "£400m-a-year"                   per "1 year" over ""        £400m a year
	// "£30m annually"                  per "1 year" over ""        £30m a year
	// "£2bn over five years"           per ""       over "5 years" £2bn over 5 years
	// "£1.5bn a year for three years"  per "1 year" over "3 years" £1.5bn a year over 3 years
	// "£2.4m"                          per ""       over ""        £2.4m
}

func ExampleFindIn() {
	story := "The council set a 310m budget, 45k of it for parks: almost €2 billion (£1.7bn) " +
		"in all, after a page decoded as Latin-1 had shown Â£2.4m and a typo £1.2 millon."
	for _, m := range currency.FindIn(story, currency.GBP) {
		fmt.Printf("%-19q %-11v assumed %-5v converts %-5v repaired %v\n", m.Figure.Text(), m.Figure, m.Assumed, m.Converts, m.Repaired)
	}
	// Output:
	// "310m"              £310m       assumed true  converts false repaired false
	// "45k"               £45k        assumed true  converts false repaired false
	// "almost €2 billion" nearly €2bn assumed false converts false repaired false
	// "£1.7bn"            £1.7bn      assumed false converts true  repaired false
	// "Â£2.4m"            £2.4m       assumed false converts false repaired true
	// "£1.2 millon"       £1.2m       assumed false converts false repaired true
}

func ExampleFigure_Of() {
	for _, s := range []string{"80p in the £1", "up to 90p in the pound", "£2.4m"} {
		f := currency.MustParseFigure(s)
		fmt.Printf("%-24q %-20v rate of %v\n", s, f, f.Of())
	}
	// Output:
	// "80p in the £1"          80p in the £1        rate of £1.00
	// "up to 90p in the pound" up to 90p in the £1  rate of £1.00
	// "£2.4m"                  £2.4m                rate of XXX 0
}

func ExampleFigure_Each() {
	for _, s := range []string{"£5,000 per pupil", "£20 a week per child", "£2.4m"} {
		f := currency.MustParseFigure(s)
		fmt.Printf("%-22q each %-7q per %-8q %v\n", s, f.Each(), f.Per(), f)
	}
	// Output:
	// "£5,000 per pupil"     each "pupil" per ""       £5,000 per pupil
	// "£20 a week per child" each "child" per "1 week" £20 per child a week
	// "£2.4m"                each ""      per ""       £2.4m
}

func ExampleFigure_Over() {
	f := currency.MustParseFigure("£2bn over five years")
	// A yearly figure from a total: Over is 5/1 years.
	num, den, _ := f.Over().Ratio(currency.Years(1))
	total, err := f.Nominal().MulInt(den)
	if err != nil {
		fmt.Println(err)
		return
	}
	yearly, err := total.DivInt(num, 2, currency.HalfEven)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Over(), yearly.Format(currency.Short))
	// Output:
	// 5 years £400m
}

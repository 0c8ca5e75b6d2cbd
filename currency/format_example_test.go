package currency_test

import (
	"fmt"
	"os"

	"github.com/fundclaims/fundclaims/currency"
	"golang.org/x/text/language"
)

func ExampleAmount_String() {
	fmt.Println(currency.Pounds(2_400_000))
	fmt.Println(currency.Pounds(-400_000))
	fmt.Println(currency.MustParse("£166.666"))
	fmt.Println(currency.FromMinor(2_400, currency.JPY))
	fmt.Println(currency.FromMinor(200, currency.MustParseCode("CHF")))
	fmt.Println(currency.Amount{})
	// Output:
	// £2,400,000.00
	// -£400,000.00
	// £166.666
	// ¥2,400
	// CHF 2.00
	// XXX 0
}

func ExampleAmount_Format() {
	a := currency.Pounds(2_400_000)
	for _, s := range []currency.Style{currency.Full, currency.Whole, currency.Short, currency.Words, currency.ISO} {
		fmt.Printf("%-5s %s\n", s, a.Format(s))
	}
	fmt.Println(currency.Pounds(1_500_000_000).Format(currency.Short))
	fmt.Println(currency.Pounds(70_000).Format(currency.Short))
	fmt.Println(currency.Pounds(-400_000).Format(currency.Whole))
	fmt.Println(currency.MustParse("£2,400,000.50").Format(currency.Whole))
	// Output:
	// full  £2,400,000.00
	// whole £2,400,000
	// short £2.4m
	// words £2.4 million
	// iso   GBP 2,400,000.00
	// £1.5bn
	// £70k
	// -£400,000
	// £2,400,000.50
}

func ExampleAmount_AppendFormat() {
	buf := make([]byte, 0, 64)
	for _, a := range []currency.Amount{currency.Pounds(4_500_000), currency.Pounds(2_000_000)} {
		buf = append(buf[:0], "pledged: "...)
		buf = a.AppendFormat(buf, currency.Short)
		buf = append(buf, '\n')
		os.Stdout.Write(buf)
	}
	// Output:
	// pledged: £4.5m
	// pledged: £2m
}

func ExampleNewFormatter() {
	de := currency.NewFormatter(language.German)
	fmt.Println(de.Format(currency.Pounds(2_400_000), currency.Full))
	fmt.Println(de.Format(currency.Pounds(-400_000), currency.Whole))
	fmt.Println(de.Format(currency.MustParse("€1234.50"), currency.ISO))
	// Output:
	// 2.400.000,00 £
	// -400.000 £
	// 1.234,50 EUR
}

func ExampleFormatter_Format() {
	a := currency.MustParse("US$2400000")
	for _, tag := range []string{"en-GB", "en-US", "de-DE", "de-CH", "nl", "en-IN"} {
		f := currency.NewFormatter(language.MustParse(tag))
		fmt.Printf("%-5s %s\n", tag, f.Format(a, currency.Full))
	}
	// Output:
	// en-GB US$2,400,000.00
	// en-US $2,400,000.00
	// de-DE 2.400.000,00 $
	// de-CH $ 2’400’000.00
	// nl    US$ 2.400.000,00
	// en-IN US$24,00,000.00
}

func ExampleFormatter_AppendFormat() {
	us := currency.NewFormatter(language.AmericanEnglish)
	buf := []byte("budget: ")
	buf = us.AppendFormat(buf, currency.MustParse("$3000000000"), currency.Words)
	fmt.Println(string(buf))
	// Output:
	// budget: $3 billion
}

func ExampleParseStyle() {
	s, err := currency.ParseStyle("short")
	fmt.Println(currency.Pounds(2_400_000).Format(s), err)
	_, err = currency.ParseStyle("tiny")
	fmt.Println(err)
	// Output:
	// £2.4m <nil>
	// currency: ParseStyle("tiny"): invalid syntax: want full, whole, short, words or iso at offset 0
}

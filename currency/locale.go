package currency

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// This file gathers, once per language tag, what a Formatter needs to write
// amounts the way that locale does. golang.org/x/text supplies the numbers'
// shape and the currency symbols; it is asked for them by formatting a few
// small probe integers, and the answers are cached for the life of the
// process. The money itself never passes through x/text, which could only
// take it as a machine integer or a binary floating-point number.

// A locale is the cached formatting data for one language tag. Everything
// but the symbol cache is fixed once newLocale returns, so a *locale is safe
// to share between goroutines.
type locale struct {
	tag language.Tag

	decimal string // decimal separator: "." in en-GB, "," in de-DE
	group   string // grouping separator: "," in en-GB, "." in de-DE
	minus   string // minus sign, "-" in most locales, "−" in sv

	// primary is the size of the group of digits next to the decimal point
	// and secondary that of the groups further left: 3 and 3 in en-GB,
	// 3 and 2 in en-IN. primary is 0 in a locale that does not group.
	primary, secondary int

	// digits holds the locale's native digits 0 to 9 when they are not the
	// ASCII ones (Arabic-Indic, Thai, ...), and is nil otherwise.
	digits *[10]string

	// pos and neg place the parts of a positive and a negative amount:
	// 'S' is the symbol, 'N' the number, '-' the minus sign and ' ' a space.
	pos, neg string

	english   bool // Short and Words abbreviate only in English
	parseable bool // en-GB: write only the symbols Parse reads back
	// plain is set for a locale of ASCII digits in groups of three, with
	// one-byte separators, that puts the symbol first and the minus sign
	// before it ("-£2,400,000"), as en-GB does: appendPlain writes its
	// compact amounts in Whole and Short without reading the placement.
	plain bool

	gbp     string                          // GBP's symbol, the common case
	symbols atomic.Pointer[map[Code]string] // other symbols, copied on write
}

// locales caches a *locale per language.Tag.
var locales sync.Map

// localeFor returns the cached locale data for tag, building it on first use.
func localeFor(tag language.Tag) *locale {
	if v, ok := locales.Load(tag); ok {
		return v.(*locale)
	}
	v, _ := locales.LoadOrStore(tag, newLocale(tag))
	return v.(*locale)
}

// defaultLocale returns the British English locale that Amount's own
// formatting methods and the zero Formatter use. Once it is built, asking
// for it is one atomic load, in line, rather than a call through
// sync.OnceValue: Assess formats amounts a few times per finding.
func defaultLocale() *locale {
	if l := defaultLoc.Load(); l != nil {
		return l
	}
	return buildDefaultLocale()
}

// defaultLoc is the British English locale once defaultLocale has built it.
var defaultLoc atomic.Pointer[locale]

// buildDefaultLocale builds the British English locale, or finds it built,
// and keeps it in defaultLoc: localeFor gives every caller the same one.
func buildDefaultLocale() *locale {
	l := localeFor(language.BritishEnglish)
	defaultLoc.Store(l)
	return l
}

// newLocale asks x/text about tag and records the answers.
func newLocale(tag language.Tag) *locale {
	l := &locale{
		tag:       tag,
		decimal:   ".",
		group:     ",",
		minus:     "-",
		primary:   3,
		secondary: 3,
		parseable: tag == language.BritishEnglish,
	}
	base, _, region := tag.Raw()
	l.english = base.String() == "en"
	l.pos, l.neg = placementFor(base, region)

	p := message.NewPrinter(tag)
	digits, ok := probeDigits(p.Sprint(number.Decimal(1234567890, number.NoSeparator())))
	if ok {
		if digits != [10]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"} {
			l.digits = &digits
		}
		l.probeGrouping(p.Sprint(number.Decimal(123456789012, number.Scale(2))))
		l.probeMinus(p.Sprint(number.Decimal(-1)))
	}
	l.gbp = l.lookupSymbol(GBP)
	l.plain = l.digits == nil && l.primary == 3 && l.secondary == 3 && len(l.group) == 1 && len(l.decimal) == 1 &&
		l.pos == "SN" && l.neg == "-SN"
	return l
}

// probeDigits reads the ten digits out of "1234567890" as the locale writes
// it. It reports false if the text is not ten digits.
func probeDigits(s string) ([10]string, bool) {
	var d [10]string
	n := 0
	for i, r := range s {
		if n == 10 {
			return d, false
		}
		d[(n+1)%10] = s[i : i+utf8.RuneLen(r)]
		n++
	}
	return d, n == 10
}

// probeGrouping reads the separators and group sizes out of 123456789012.00
// as the locale writes it: the digit runs and the text between them. The last
// separator is the decimal one and any other the grouping one; the runs
// left of the point give the group sizes.
func (l *locale) probeGrouping(s string) {
	var runs []int    // digits in each run
	var seps []string // the separator after each run but the last
	inRun := false
	sepAt := 0
	for i := 0; i < len(s); {
		n := l.digitLen(s[i:])
		if n > 0 {
			if !inRun {
				if len(runs) > 0 {
					seps = append(seps, s[sepAt:i])
				}
				runs = append(runs, 0)
				inRun = true
			}
			runs[len(runs)-1]++
			i += n
			continue
		}
		if inRun {
			sepAt = i
			inRun = false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if len(runs) < 2 || runs[len(runs)-1] != 2 {
		return // not the shape expected: keep the defaults
	}
	l.decimal = seps[len(seps)-1]
	intRuns := runs[:len(runs)-1]
	switch len(intRuns) {
	case 1:
		l.primary, l.secondary = 0, 0
	case 2:
		l.group = seps[0]
		l.primary, l.secondary = intRuns[1], intRuns[1]
	default:
		l.group = seps[0]
		l.primary, l.secondary = intRuns[len(intRuns)-1], intRuns[len(intRuns)-2]
	}
}

// probeMinus reads the minus sign, with any direction mark that goes with
// it, out of -1 as the locale writes it.
func (l *locale) probeMinus(s string) {
	for i := 0; i < len(s); i++ {
		if n := l.digitLen(s[i:]); n > 0 {
			if i > 0 {
				l.minus = s[:i]
			}
			return
		}
	}
}

// digitLen returns the length in bytes of the locale digit at the start of
// s, or 0 if s does not start with one.
func (l *locale) digitLen(s string) int {
	if l.digits == nil {
		if s != "" && '0' <= s[0] && s[0] <= '9' {
			return 1
		}
		return 0
	}
	for _, d := range l.digits {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}

// symbol returns the symbol the locale writes for c. The zero Code has none.
func (l *locale) symbol(c Code) string {
	switch {
	case c == GBP:
		return l.gbp
	case c.IsZero():
		return ""
	}
	if m := l.symbols.Load(); m != nil {
		if s, ok := (*m)[c]; ok {
			return s
		}
	}
	s := l.lookupSymbol(c)
	for {
		old := l.symbols.Load()
		var m map[Code]string
		if old == nil {
			m = map[Code]string{c: s}
		} else {
			m = make(map[Code]string, len(*old)+1)
			for k, v := range *old {
				m[k] = v
			}
			m[c] = s
		}
		if l.symbols.CompareAndSwap(old, &m) {
			return s
		}
	}
}

// lookupSymbol asks x/text for c's symbol in the locale. In British English,
// the default, it keeps to the symbols Parse reads (£, €, US$ and ¥) and
// writes the ISO code for any other currency, so that Parse reads back
// whatever String writes.
func (l *locale) lookupSymbol(c Code) string {
	if l.parseable {
		switch c {
		case GBP:
			return "£"
		case EUR:
			return "€"
		case USD:
			return "US$"
		case JPY:
			return "¥"
		}
		return c.String()
	}
	return message.NewPrinter(l.tag).Sprint(currency.Symbol(c.Unit()))
}

// placementFor returns the positive and negative placement templates for a
// language and region: the region's entry in placements if it has one, else
// the language's, else CLDR's root pattern "¤ #,##0.00", which is also the
// shape x/text itself prints ("GBP 2,400,000.00").
func placementFor(base language.Base, region language.Region) (pos, neg string) {
	p, ok := placement{}, false
	if region != (language.Region{}) {
		p, ok = placements[base.String()+"-"+region.String()]
	}
	if !ok {
		p, ok = placements[base.String()]
	}
	if !ok {
		p = placement{pos: "S N"}
	}
	if p.neg == "" {
		p.neg = "-" + p.pos
	}
	return p.pos, p.neg
}

// A placement is where a locale puts the symbol and the minus sign: 'S' is
// the symbol, 'N' the number, '-' the minus sign and ' ' a space. An empty
// neg means the minus sign goes first, before pos.
type placement struct{ pos, neg string }

// placements records where locales put the currency symbol, taken from the
// standard currency patterns of the Unicode CLDR (x/text does not export
// them). CLDR's no-break spaces are written as ordinary spaces and its
// bidirectional marks are left out. A region missing from the table takes
// its language's entry, and a language missing from it the root pattern.
var placements = map[string]placement{
	// Symbol first, touching the number: "£2.00", "-£2.00".
	"en": {pos: "SN"}, "ja": {pos: "SN"}, "zh": {pos: "SN"}, "ko": {pos: "SN"},
	"yue": {pos: "SN"}, "hi": {pos: "SN"}, "mr": {pos: "SN"}, "gu": {pos: "SN"},
	"ta": {pos: "SN"}, "te": {pos: "SN"}, "kn": {pos: "SN"}, "ml": {pos: "SN"},
	"pa": {pos: "SN"}, "ur": {pos: "SN"}, "si": {pos: "SN"}, "th": {pos: "SN"},
	"tr": {pos: "SN"}, "id": {pos: "SN"}, "ms": {pos: "SN"}, "fil": {pos: "SN"},
	"cy": {pos: "SN"}, "ga": {pos: "SN"}, "gd": {pos: "SN"}, "mt": {pos: "SN"},
	"am": {pos: "SN"}, "zu": {pos: "SN"}, "af": {pos: "SN"}, "bn-IN": {pos: "SN"},
	"es-419": {pos: "SN"}, "es-MX": {pos: "SN"}, "es-US": {pos: "SN"},
	"es-BO": {pos: "SN"}, "es-CR": {pos: "SN"}, "es-CU": {pos: "SN"},
	"es-DO": {pos: "SN"}, "es-GT": {pos: "SN"}, "es-HN": {pos: "SN"},
	"es-NI": {pos: "SN"}, "es-PA": {pos: "SN"}, "es-PR": {pos: "SN"},
	"es-SV": {pos: "SN"},
	"es-CL": {pos: "SN", neg: "S-N"}, "es-EC": {pos: "SN", neg: "S-N"},
	"es-VE": {pos: "SN", neg: "S-N"},

	// Symbol first, then a space: "€ 2,00".
	"nl": {pos: "S N", neg: "S -N"}, "pt": {pos: "S N"}, "fa": {pos: "S N"},
	"sw": {pos: "S N"}, "mn": {pos: "S N"}, "ne": {pos: "S N"}, "ps": {pos: "S N"},
	"de-AT": {pos: "S N"}, "de-LI": {pos: "S N"}, "de-CH": {pos: "S N", neg: "S-N"},
	"it-CH": {pos: "S N", neg: "S-N"}, "en-CH": {pos: "S N", neg: "S-N"},
	"en-NL": {pos: "S N", neg: "S -N"}, "en-AT": {pos: "S N"},
	"es-AR": {pos: "S N"}, "es-CO": {pos: "S N"}, "es-PE": {pos: "S N"},
	"es-UY": {pos: "S N"}, "es-PY": {pos: "S N", neg: "S -N"},

	// Number first, then a space and the symbol: "2.400.000,00 £".
	"de": {pos: "N S"}, "fr": {pos: "N S"}, "es": {pos: "N S"}, "it": {pos: "N S"},
	"sv": {pos: "N S"}, "da": {pos: "N S"}, "nb": {pos: "N S"}, "nn": {pos: "N S"},
	"no": {pos: "N S"}, "fi": {pos: "N S"}, "pl": {pos: "N S"}, "cs": {pos: "N S"},
	"sk": {pos: "N S"}, "sl": {pos: "N S"}, "hr": {pos: "N S"}, "sr": {pos: "N S"},
	"bs": {pos: "N S"}, "ru": {pos: "N S"}, "uk": {pos: "N S"}, "be": {pos: "N S"},
	"bg": {pos: "N S"}, "ro": {pos: "N S"}, "hu": {pos: "N S"}, "el": {pos: "N S"},
	"et": {pos: "N S"}, "lt": {pos: "N S"}, "lv": {pos: "N S"}, "is": {pos: "N S"},
	"ca": {pos: "N S"}, "gl": {pos: "N S"}, "eu": {pos: "N S"}, "vi": {pos: "N S"},
	"kk": {pos: "N S"}, "ka": {pos: "N S"}, "hy": {pos: "N S"}, "az": {pos: "N S"},
	"mk": {pos: "N S"}, "sq": {pos: "N S"}, "uz": {pos: "N S"}, "my": {pos: "N S"},
	"ar": {pos: "N S"}, "he": {pos: "N S"}, "lb": {pos: "N S"}, "fo": {pos: "N S"},
	"ky": {pos: "N S"}, "tg": {pos: "N S"}, "tk": {pos: "N S"}, "tt": {pos: "N S"},
	"pt-PT": {pos: "N S"}, "pt-AO": {pos: "N S"}, "pt-MZ": {pos: "N S"},
	"pt-CH": {pos: "N S"}, "pt-LU": {pos: "N S"},
	"en-150": {pos: "N S"}, "en-BE": {pos: "N S"}, "en-DE": {pos: "N S"},
	"en-DK": {pos: "N S"}, "en-FI": {pos: "N S"}, "en-SE": {pos: "N S"},
	"en-SI": {pos: "N S"},

	// Number first, touching the symbol: "2,400,000.00£".
	"bn": {pos: "NS"}, "km": {pos: "NS"},
}

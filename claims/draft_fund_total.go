package claims

import (
	"strings"
	"unicode"
)

// fundTotal returns the index in ms of the total an article gives for the
// named fund that the headline's money ms[best] comes from: "… having just
// £25 million a year between them to improve services from the Controlling
// Migration Fund", then "The Controlling Migration Fund total is £140
// million". The money from the fund is a part of it; the fund's stated
// total, larger, is the package. It returns false unless the sentence of
// ms[best] names the fund after its figure ("from the" and capitalised
// words), another sentence states "<the fund> total is" or "total of the
// <fund> is" straight before a figure, and that figure is larger.
func (d *drafter) fundTotal(best int) (int, bool) {
	m := d.ms[best]
	s := d.sentenceOf(m)
	if s.IsZero() {
		return 0, false
	}
	after := d.text[m.End:s.End]
	at := strings.Index(after, " from the ")
	if at < 0 {
		return 0, false
	}
	name := capitalRun(after[at+len(" from the "):])
	if strings.Count(name, " ") < 1 {
		return 0, false // one capitalised word is seldom a fund's name
	}
	for k, o := range d.ms {
		if k == best || rateOrConversion(o) {
			continue
		}
		before := d.text[max(0, o.Start-len(name)-24):o.Start]
		if !strings.HasSuffix(before, name+" total is ") && !strings.HasSuffix(before, "total of the "+name+" is ") {
			continue
		}
		if c, err := o.Figure.Nominal().Compare(m.Figure.Nominal()); err != nil || c <= 0 {
			continue
		}
		return k, true
	}
	return 0, false
}

// capitalRun returns the words at the start of s that each begin with a
// capital letter, joined by single spaces as s has them: "Controlling
// Migration Fund" of "Controlling Migration Fund, which …".
func capitalRun(s string) string {
	end := 0
	for _, w := range strings.SplitAfter(s, " ") {
		t := strings.TrimRight(w, " ")
		r := []rune(t)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			break
		}
		clean := strings.TrimRight(t, ",.;:!?)")
		end += len(clean)
		if clean != t {
			break
		}
		end += len(w) - len(t)
	}
	return strings.TrimRight(s[:end], " ")
}

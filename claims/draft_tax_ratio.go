package claims

import "strings"

// taxProportion reports whether noun, what a proportion in a quotation is
// of or a change in ("a 16.5 per cent rise in council tax", "council tax
// up by 7.5 per cent", "55% of income taxpayers"), names a tax or those
// who pay it: what residents pay, not money given. The record of a
// funding announcement holds no tax to weigh it against, and the
// hand-made records assert no such proportion; drafted, it would only be
// found unsupported, a verdict on something the record never set out to
// hold.
func taxProportion(noun string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(noun)) {
		switch strings.Trim(w, ".,;:'’") {
		case "tax", "taxes", "taxpayers", "taxpayer", "precept":
			return true
		}
	}
	return false
}

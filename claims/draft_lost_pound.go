package claims

import "strings"

// lostPoundScales follow the digits of a figure whose pound sign was lost:
// "25m", "1.5 billion".
var lostPoundScales = [...]string{"m ", "bn ", " million", " billion", "m.", "bn.", "m,", "bn,"}

// lostPounds returns the stated amounts of quote's figures whose pound
// sign the stored copy lost to a straight quotation mark or a question
// mark, as text that went through the wrong encoding has it: "includes
// over "25m of investment", "?25m". The mark follows a space and opens
// digits that a scale of lostPoundScales ends, so that it opens no
// quotation and asks no question. Each has the role FromQuote reads with
// the sign put back, and no Span: the quote's words do not spell the
// figure out.
func lostPounds(quote string) []StatedAmount {
	var out []StatedAmount
	for i := 1; i+2 < len(quote); i++ {
		if c := quote[i]; c != '"' && c != '?' || quote[i-1] != ' ' || !isDigit(quote[i+1]) {
			continue
		}
		j := i + 1
		for j < len(quote) && (isDigit(quote[j]) || quote[j] == '.' && j+1 < len(quote) && isDigit(quote[j+1])) {
			j++
		}
		scaled := false
		for _, s := range lostPoundScales {
			scaled = scaled || strings.HasPrefix(quote[j:], s)
		}
		if !scaled {
			continue
		}
		for _, sa := range FromQuote(quote[:i] + "£" + quote[i+1:]) {
			if sa.Span.Start <= i && i < sa.Span.End {
				sa.Span = Span{}
				out = append(out, sa)
			}
		}
	}
	return out
}

// lostPoundMark reports whether the straight quotation mark at s[i]
// stands for a lost pound sign (see lostPounds), so that it closes no
// quotation: "includes over "25m of investment".
func lostPoundMark(s string, i int) bool {
	if s[i] != '"' || i == 0 || s[i-1] != ' ' {
		return false
	}
	return len(lostPounds(s[i-1:min(len(s), i+24)])) > 0
}

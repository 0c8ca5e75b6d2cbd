package claims

import "strings"

// bidAfter reports whether the words of s from i to end, after "put
// forward" or "set out", open on a bid, an application or a request
// ("VisitEngland had put forward a bid for £29m"): what is put forward
// asks for money, and announces none.
func bidAfter(s string, i, end int) bool {
	t := strings.TrimLeft(s[i:end], " ")
	for _, w := range [...]string{"a bid", "bids", "an application", "applications", "a request", "requests", "a claim"} {
		if rest, ok := strings.CutPrefix(t, w); ok && (rest == "" || rest[0] == ' ' || rest[0] == ',') {
			return true
		}
	}
	return false
}

package claims

import "strings"

// putVerb reports whether ts[i] is "putting" with a figure as the next
// word, which puts money in as investing does: "is putting £150k of money
// recovered from criminals back into community projects". "Putting
// forward" puts no money, and "put", past as often as present, is left
// to the words around it.
func putVerb(ts []tok, i int) bool {
	return ts[i].w == "putting" && i+1 < len(ts) && strings.HasPrefix(ts[i+1].w, "£")
}

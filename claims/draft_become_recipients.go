package claims

// becomeRecipients returns the index in ts of "recipients" or
// "beneficiaries" when the word at v is a form of "become" and the noun
// comes within three words after it ("have become the first recipients
// of the Welsh Government’s new grant scheme"), or 0: the subject
// receives the money the noun's phrase names, as it would after a verb of
// receiving.
func becomeRecipients(ts []tok, v int) int {
	if v >= len(ts) {
		return 0
	}
	switch ts[v].w {
	case "become", "became", "becomes":
	default:
		return 0
	}
	for k := v + 1; k < len(ts) && k <= v+3; k++ {
		if ts[k].w == "recipients" || ts[k].w == "beneficiaries" {
			return k
		}
	}
	return 0
}

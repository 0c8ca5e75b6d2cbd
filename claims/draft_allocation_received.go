package claims

// allocationReceived returns the index in before, the words before a
// figure, of a verb of receiving whose object is an allocation of the
// figure, a noun phrase of at most six words ending "allocation of" or
// "allocations of": "Translink will receive a combined resource and
// capital allocation of almost £12m" is Translink's £12m, as "will receive
// almost £12m" is. It returns -1 if the words are not so.
func allocationReceived(before []tok) int {
	n := len(before)
	if n < 4 || before[n-1].w != "of" || before[n-2].w != "allocation" && before[n-2].w != "allocations" {
		return -1
	}
	for k := n - 3; k >= 0 && k >= n-8; k-- {
		if receiveVerb(before[k].w) {
			if k+1 < n-2 && before[k+1].w != "a" && before[k+1].w != "an" && before[k+1].w != "the" && before[k+1].w != "their" && before[k+1].w != "its" {
				return -1 // the phrase opens on a determiner
			}
			return k
		}
	}
	return -1
}

package currency

// totalBroughtUp reports whether the qualifier "up to" that begins at
// text[s] is the particle of a verb bringing a total to a level, "bringing
// the total value of such support since the start of the pandemic up to
// £4.6 billion", "takes the total up to £9m": the total comes to the sum,
// which is no bound. It looks back no further than floor (the end of the
// mention before), the sentence's last stop or totalReach bytes,
// whichever is nearest, and not past a "to" straight before ("bringing
// the total to up to £5m" is a bound).
func totalBroughtUp(text string, s, floor int) bool {
	from := max(floor, s-totalReach)
	for i := s - 1; i >= from; i-- {
		if c := text[i]; c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' ||
			c == '.' && !isDigitByte(text[i+1]) { // "£4.6bn" is no stop
			from = i + 1
			break
		}
	}
	if wordBefore(text, s, from, "to") {
		return false
	}
	for i := from; i < s; i++ {
		if i > from && isWordByte(text[i-1]) {
			continue
		}
		for _, v := range totalVerbs {
			if e := i + len(v); e <= s && equalFoldASCII(text[i:e], v) {
				return true
			}
		}
	}
	return false
}

// totalReach is how far before "up to" totalBroughtUp looks for its verb.
const totalReach = 160

// totalVerbs are the words of bringing a total to a level that "up to"
// may end.
var totalVerbs = [...]string{
	"bringing the total ", "brings the total ", "brought the total ", "bring the total ",
	"taking the total ", "takes the total ", "took the total ", "take the total ",
}

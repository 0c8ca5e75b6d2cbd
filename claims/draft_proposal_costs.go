package claims

// proposalCosts reports whether the figure at sp is what a proposal costs:
// "cost" or "costs" among the three words before it, after "proposal",
// "proposals", "plan" or "plans" within three more, with no break between
// ("Our proposals will cost an additional £3.154 million"). The cost of a
// rival's plan is a counterproposal, not other money.
func proposalCosts(ws []qword, sp Span) bool {
	i := 0
	for i < len(ws) && ws[i].sp.End <= sp.Start {
		i++
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ws[k+1].brk && k+1 < i {
			return false
		}
		if ws[k].s != "cost" && ws[k].s != "costs" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if ws[j+1].brk {
				return false
			}
			switch ws[j].s {
			case "proposal", "proposals", "plan", "plans":
				return true
			}
		}
		return false
	}
	return false
}

package claims

import (
	"slices"
	"strings"
)

// agentVerb reports whether w, in lower case, is a passive verb whose
// agent after "by" is who announces the money: one announcing it in so
// many words (see properAnnounceVerbs), or "published", as a settlement's
// details or allocations are ("Details of the £11.6 billion funding
// settlement … have been published by the Scottish Government"). Only its
// agent is read so: a budget "published today" announces no money apart.
func agentVerb(w string) bool {
	return slices.ContainsFunc(properAnnounceVerbs, func(v string) bool { return strings.HasPrefix(w, v) }) || w == "published"
}

package eval

// dedupe returns the indices 0..n-1 with every index dropped that is the
// same key as an earlier kept one: keys are a set on each side.
func dedupe(n int, same func(i, j int) bool) []int {
	kept := make([]int, 0, n)
next:
	for i := 0; i < n; i++ {
		for _, k := range kept {
			if same(k, i) {
				continue next
			}
		}
		kept = append(kept, i)
	}
	return kept
}

// matching is the outcome of comparing gold keys with predicted keys.
type matching struct {
	pairs [][2]int // (gold index, predicted index), in gold order
	fn    []int    // unmatched gold indices
	fp    []int    // unmatched predicted indices
}

// match pairs gold keys g (indices into the gold list) with predicted keys
// p so that each key is used at most once and the number of pairs is the
// largest possible (Kuhn's augmenting paths). edge reports whether gold
// index i and predicted index j are the same key. The result depends only
// on the order of g and p.
func match(g, p []int, edge func(i, j int) bool) matching {
	adj := make([][]int, len(g)) // positions in p
	for a, i := range g {
		for b, j := range p {
			if edge(i, j) {
				adj[a] = append(adj[a], b)
			}
		}
	}
	owner := make([]int, len(p)) // position in g, or -1
	for b := range owner {
		owner[b] = -1
	}
	var try func(a int, seen []bool) bool
	try = func(a int, seen []bool) bool {
		for _, b := range adj[a] {
			if seen[b] {
				continue
			}
			seen[b] = true
			if owner[b] < 0 || try(owner[b], seen) {
				owner[b] = a
				return true
			}
		}
		return false
	}
	for a := range g {
		if len(adj[a]) > 0 {
			try(a, make([]bool, len(p)))
		}
	}
	var m matching
	partner := make([]int, len(g))
	for a := range partner {
		partner[a] = -1
	}
	for b, a := range owner {
		if a >= 0 {
			partner[a] = b
		} else {
			m.fp = append(m.fp, p[b])
		}
	}
	for a, b := range partner {
		if b >= 0 {
			m.pairs = append(m.pairs, [2]int{g[a], p[b]})
		} else {
			m.fn = append(m.fn, g[a])
		}
	}
	return m
}

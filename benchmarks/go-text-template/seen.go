package main

// Seen is the per-render scratch the template keeps its seen names and ports in (the Scriban templates keep
// lists: http_seen, stream_seen, stream_ports). A new one per Execute, as consul-template's Scratch.
type Seen struct {
	sets map[string]map[string]bool
}

// RenderData is the template's root value ($).
type RenderData struct {
	Seen *Seen
}

func newRenderData() *RenderData {
	return &RenderData{Seen: &Seen{sets: map[string]map[string]bool{}}}
}

func (s *Seen) Has(set, key string) bool { return s.sets[set][key] }

func (s *Seen) Any(set string) bool { return len(s.sets[set]) > 0 }

// Add records key in set and returns "", so that an action can call it without writing anything.
func (s *Seen) Add(set, key string) string {
	if s.sets[set] == nil {
		s.sets[set] = map[string]bool{}
	}
	s.sets[set][key] = true
	return ""
}

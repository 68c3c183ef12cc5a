package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// The catalog file format of docs/catalog-format.md (local datacenter only; the benchmark catalog has no other).
type catalogFile struct {
	Datacenter string        `json:"datacenter"`
	Nodes      []catalogNode `json:"nodes"`
}

type catalogNode struct {
	Node            string            `json:"node"`
	Address         string            `json:"address"`
	Meta            map[string]string `json:"meta"`
	TaggedAddresses map[string]string `json:"tagged_addresses"`
	Checks          []catalogCheck    `json:"checks"`
	Services        []catalogService  `json:"services"`
}

type catalogService struct {
	ID      string            `json:"id"`
	Name    string            `json:"name"`
	Tags    []string          `json:"tags"`
	Address string            `json:"address"`
	Port    int               `json:"port"`
	Meta    map[string]string `json:"meta"`
	Weights *Weights          `json:"weights"`
	Checks  []catalogCheck    `json:"checks"`
}

type catalogCheck struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
	Output string `json:"output"`
}

// What the template sees, shaped like consul-template's dependency types (CatalogSnippet, HealthService).

// ServiceTags is consul-template's tag list type, with the Contains method its nginx examples use.
type ServiceTags []string

func (t ServiceTags) Contains(s string) bool {
	for _, tag := range t {
		if tag == s {
			return true
		}
	}
	return false
}

type CatalogSnippet struct {
	Name string
	Tags ServiceTags
}

type Weights struct {
	Passing int `json:"passing"`
	Warning int `json:"warning"`
}

type HealthCheck struct {
	ID, Name, Status, Output, ServiceID string
}

type HealthService struct {
	Node, NodeAddress, NodeDatacenter string
	NodeMeta                          map[string]string
	ID, Name, Address                 string
	Port                              int
	Tags                              ServiceTags
	ServiceMeta                       map[string]string
	Status                            string
	Checks                            []*HealthCheck
	Weights                           Weights
}

// Model holds the answers of `services` and `service NAME` (passing instances), computed once, as
// consul-template's brain holds its dependencies' data between renders.
type Model struct {
	Services  []*CatalogSnippet
	Instances map[string][]*HealthService
}

func loadModel(path string) (*Model, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var file catalogFile
	if err := json.Unmarshal(data, &file); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if file.Datacenter == "" {
		file.Datacenter = "dc1"
	}
	return buildModel(&file), nil
}

func buildModel(file *catalogFile) *Model {
	tags := map[string]map[string]bool{}
	all := map[string][]*HealthService{}
	for i := range file.Nodes {
		node := &file.Nodes[i]
		for j := range node.Services {
			instance := newInstance(node, &node.Services[j], file.Datacenter)
			if tags[instance.Name] == nil {
				tags[instance.Name] = map[string]bool{}
			}
			for _, tag := range instance.Tags {
				tags[instance.Name][tag] = true
			}
			all[instance.Name] = append(all[instance.Name], instance)
		}
	}

	model := &Model{Instances: map[string][]*HealthService{}}
	for name, set := range tags {
		snippet := &CatalogSnippet{Name: name}
		for tag := range set {
			snippet.Tags = append(snippet.Tags, tag)
		}
		sort.Strings(snippet.Tags)
		model.Services = append(model.Services, snippet)

		passing := []*HealthService{}
		for _, instance := range all[name] {
			if instance.Status == "passing" {
				passing = append(passing, instance)
			}
		}
		sort.Slice(passing, func(a, b int) bool {
			if passing[a].Node != passing[b].Node {
				return passing[a].Node < passing[b].Node
			}
			return passing[a].ID < passing[b].ID
		})
		model.Instances[name] = passing
	}
	sort.Slice(model.Services, func(a, b int) bool { return model.Services[a].Name < model.Services[b].Name })
	return model
}

// newInstance applies the catalog rules of template-api.md: ID defaults to the name, the node's address stands in
// for an empty service address, node checks count for the instance, maintenance checks count as critical.
func newInstance(node *catalogNode, service *catalogService, datacenter string) *HealthService {
	instance := &HealthService{
		Node: node.Node, NodeAddress: node.Address, NodeDatacenter: datacenter, NodeMeta: node.Meta,
		ID: service.ID, Name: service.Name, Address: service.Address, Port: service.Port,
		Tags: service.Tags, ServiceMeta: service.Meta, Status: "passing", Weights: Weights{1, 1},
	}
	if instance.ID == "" {
		instance.ID = service.Name
	}
	if instance.Address == "" {
		instance.Address = node.Address
	}
	if service.Weights != nil {
		instance.Weights = *service.Weights
	}
	add := func(check catalogCheck, serviceID string) {
		status := check.Status
		if check.ID == "_node_maintenance" || strings.HasPrefix(check.ID, "_service_maintenance:") {
			status = "critical"
		}
		instance.Checks = append(instance.Checks, &HealthCheck{check.ID, check.Name, status, check.Output, serviceID})
		if rank(status) > rank(instance.Status) {
			instance.Status = status
		}
	}
	for _, check := range node.Checks {
		add(check, "")
	}
	for _, check := range service.Checks {
		add(check, instance.ID)
	}
	return instance
}

func rank(status string) int {
	switch status {
	case "passing":
		return 0
	case "warning":
		return 1
	default:
		return 2
	}
}

module renderer.local/benchmarks/gotexttemplate

go 1.19

// The ExternalPlugins module: see Package.swift for its role.

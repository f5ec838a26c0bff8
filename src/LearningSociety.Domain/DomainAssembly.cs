namespace LearningSociety.Domain;

/// <summary>Marker for the domain assembly.</summary>
public static class DomainAssembly;

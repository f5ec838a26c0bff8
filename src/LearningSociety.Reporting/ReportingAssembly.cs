namespace LearningSociety.Reporting;

/// <summary>Marker for the reporting assembly.</summary>
public static class ReportingAssembly;

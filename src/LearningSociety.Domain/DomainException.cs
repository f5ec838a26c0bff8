namespace LearningSociety.Domain;

/// <summary>A rule of the domain refused an action; the message is Vietnamese and meant for the user.</summary>
public class DomainException(string message) : Exception(message);

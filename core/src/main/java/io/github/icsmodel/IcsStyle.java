package io.github.icsmodel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The single Immutables style of the project, applied to every model package in its {@code package-info.java}.
 *
 * <p>Abstract value types are named plainly ({@code BoardMember}) and are the only public face of a value: the
 * generated implementation {@code ImmutableBoardMember} is package-private, its builder is reached as
 * {@code BoardMember.Builder} through the static {@code BoardMember.builder()} (a nested class that extends the
 * generated builder), and its copy methods ({@code withName(...)}) through the package-private generated
 * interface {@code WithBoardMember} that the abstract type implements. Generated signatures use the abstract
 * type ({@code overshadowImplementation}). Collections
 * are Guava immutable collections. A builder that lacks a required attribute throws
 * {@link InvalidValueException}, never an {@code IllegalStateException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // Generated code carries no annotation found on the class path (Override is a placeholder: an empty list
    // would allow all). Above all no org.immutables.value.Generated, a class-retention annotation whose jar is
    // compile-time only: consumers compiling with -Xlint:all would be warned that it cannot be found.
    allowedClasspathAnnotations = {Override.class},
    init = "*",
    depluralize = true,
    jdkOnly = false,
    strictBuilder = false,
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    privateNoargConstructor = false,
    allParameters = false)
public @interface IcsStyle {}

/**
 * icsmodel: an immutable model of England's integrated care systems.
 *
 * <p>An integrated care system (ICS) is an integrated care board (ICB), a statutory NHS body established under
 * section 14Z25 of the National Health Service Act 2006, together with an integrated care partnership (ICP), the
 * joint committee of the ICB and each responsible local authority under section 116ZA of the Local Government and
 * Public Involvement in Health Act 2007.
 *
 * <p>This package holds the root exception of the library. The model lives in packages named after its concepts:
 * {@code identifier}, {@code law}, {@code organisation}, {@code board}, {@code interest}, {@code system},
 * {@code plan}, {@code purpose}, {@code duty}, {@code cooperation}, {@code assurance}, {@code extension},
 * {@code inequality} and {@code validation} (with {@code validation.local}, rules resting on a source the user
 * supplies). Start with {@code system.IntegratedCareSystem}, validate it with {@code validation.Validator}, and
 * read and write it as JSON with the {@code ics-serialization} module. Each package's description is a guide to it,
 * with an example that the build runs.
 *
 * <p>Every value of the model is immutable and thread-safe, and no method accepts or returns null: a fact a
 * configuration may leave out is an {@link java.util.Optional}, and not recorded is never read as false. What the
 * model cannot hold is refused with an {@link io.github.icsmodel.InvalidValueException}, a kind of
 * {@link io.github.icsmodel.IcsException}, the root exception of the library.
 */
@IcsStyle
package io.github.icsmodel;

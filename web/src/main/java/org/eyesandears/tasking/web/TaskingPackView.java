package org.eyesandears.tasking.web;

import java.io.ByteArrayInputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.tasking.service.TaskingPack;
import org.eyesandears.tasking.service.TaskingPackPdf;
import org.eyesandears.tasking.service.TaskingPackQueries;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The reader's weekly tasking pack, on the page and as a PDF. */
@Named
@RequestScoped
public class TaskingPackView {

    @Inject
    TaskingPackQueries queries;

    private TaskingPack pack;

    public TaskingPack getPack() {
        if (pack == null) {
            pack = queries.pack();
        }
        return pack;
    }

    public StreamedContent getPdf() {
        byte[] pdf = TaskingPackPdf.write(getPack());
        return DefaultStreamedContent.builder().name("tasking-pack-" + getPack().from() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }
}

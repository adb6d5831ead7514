package org.capacityacademy.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.catalog.boundary.ContentLanguages;

import java.util.List;

/** Backs {@code learning/my-learning.xhtml}: every course the person follows, how far they are, what is next. */
@Named
@RequestScoped
public class MyLearning {

    @Inject
    Learning learning;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContentLanguages reader;

    private List<Learning.MyCourse> courses;

    public List<Learning.MyCourse> getCourses() {
        if (courses == null) {
            courses = learning.myLearning(currentUser.getEmail(), reader);
        }
        return courses;
    }
}

package tagcat.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tagcat.category.Category;
import tagcat.model.TagcatModel;
import tagcat.text.TfIdfVectorizer;

class CatalogueJsonTest {
    private final TagcatModel model = ArticleModel.model();
    private final Catalogue catalogue = new Catalogue(model);

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void categoriesListsTheModelAndEachCategorysLeadingAndTopTags() {
        ObjectNode doc = CatalogueJson.categories(model.categories(), model, 1);
        assertThat(doc.get("k").asInt()).isEqualTo(2);
        assertThat(doc.get("posts").asInt()).isEqualTo(6);
        assertThat(doc.get("vocabulary").asInt()).isEqualTo(3);
        JsonNode food = doc.get("categories").get(0);
        assertThat(food.get("id").asInt()).isZero();
        assertThat(food.get("name").asText()).isEqualTo("food_italy");
        assertThat(food.get("size").asInt()).isEqualTo(3);
        assertThat(food.get("leading").toString()).isEqualTo("[\"food\",\"italy\"]");
        assertThat(food.get("tags")).hasSize(1);
        assertThat(food.get("tags").get(0).get("tag").asText()).isEqualTo("food");
        assertThat(food.get("tags").get(0).get("weight").asDouble()).isEqualTo(SuggestJson.round(ArticleModel.CENTROID_FOOD))
                .isEqualTo(0.839559);
        assertThat(doc.get("categories").get(1).get("name").asText()).isEqualTo("architecture_italy");
        assertThat(CatalogueJson.categories(model.categories(), model, 10).get("categories").get(0).get("tags").get(1)
                .get("weight").asDouble()).isEqualTo(SuggestJson.round(ArticleModel.CENTROID_ITALY));
    }

    @Test
    void aCategoryHasAllItsTagsWithPostsAndSpreadAndItsNearestCategory() {
        Category food = catalogue.find("food_italy").orElseThrow();
        ObjectNode doc = CatalogueJson.category(catalogue, food, Integer.MAX_VALUE, 5);
        assertThat(fieldNames(doc)).containsExactly("id", "name", "size", "leading", "tag_count", "tags", "nearest", "samples");
        assertThat(doc.get("name").asText()).isEqualTo("food_italy");
        assertThat(doc.get("tag_count").asInt()).isEqualTo(2);
        JsonNode first = doc.get("tags").get(0);
        assertThat(first.get("tag").asText()).isEqualTo("food");
        assertThat(first.get("weight").asDouble()).isEqualTo(0.839559);
        assertThat(first.get("posts").asInt()).isEqualTo(3);
        assertThat(first.get("spread").asDouble()).isEqualTo(1.0);
        JsonNode italy = doc.get("tags").get(1);
        assertThat(italy.get("tag").asText()).isEqualTo("italy");
        assertThat(italy.get("posts").asInt()).isEqualTo(4);
        assertThat(italy.get("spread").asDouble()).isEqualTo(2.0);
        assertThat(doc.get("nearest")).hasSize(1);
        assertThat(doc.get("nearest").get(0).get("name").asText()).isEqualTo("architecture_italy");
        assertThat(doc.get("nearest").get(0).get("similarity").asDouble()).isEqualTo(0.210718);
        assertThat(doc.get("samples").isNull()).isTrue();

        ObjectNode one = CatalogueJson.category(catalogue, food, 1, 0);
        assertThat(one.get("tag_count").asInt()).isEqualTo(2);
        assertThat(one.get("tags")).hasSize(1);
        assertThat(one.get("nearest")).isEmpty();
    }

    @Test
    void searchResultsSayWhatEachTermMatchedAndHow() {
        ObjectNode doc = CatalogueJson.search("archtecture", catalogue.search("archtecture", 10));
        assertThat(doc.toString()).isEqualTo("{\"query\":\"archtecture\",\"results\":[{\"id\":1,\"name\":\"architecture_italy\","
                + "\"size\":3,\"score\":0.6,\"matched\":[{\"term\":\"archtecture\",\"matched\":\"architecture\",\"how\":\"typo\"}]}]}");
        JsonNode italy = CatalogueJson.search("italy", catalogue.search("italy", 10)).get("results");
        assertThat(italy).hasSize(2);
        assertThat(italy.get(0).get("score").asDouble())
                .isEqualTo(SuggestJson.round(ArticleModel.CENTROID_ITALY / ArticleModel.CENTROID_FOOD));
        assertThat(italy.get(0).get("matched").get(0).get("how").asText()).isEqualTo("exact");
        assertThat(CatalogueJson.search("pizza", List.of()).toString()).isEqualTo("{\"query\":\"pizza\",\"results\":[]}");
    }

    @Test
    void aTagListsItsCategoriesWithShareWeightAndRank() {
        ObjectNode italy = CatalogueJson.tag(catalogue.tag("italy").orElseThrow(), 1);
        assertThat(italy.get("tag").asText()).isEqualTo("italy");
        assertThat(italy.get("posts").asInt()).isEqualTo(4);
        assertThat(italy.get("post_share").asDouble()).isEqualTo(0.666667);
        assertThat(italy.get("idf").asDouble()).isEqualTo(SuggestJson.round(TfIdfVectorizer.idf(6, 4)));
        assertThat(italy.get("spread").asDouble()).isEqualTo(2.0);
        assertThat(italy.get("category_count").asInt()).isEqualTo(2);
        assertThat(italy.get("categories")).hasSize(1);
        JsonNode first = italy.get("categories").get(0);
        assertThat(first.get("name").asText()).isEqualTo("food_italy");
        assertThat(first.get("share").asDouble()).isEqualTo(0.5);
        assertThat(first.get("weight").asDouble()).isEqualTo(SuggestJson.round(ArticleModel.CENTROID_ITALY));
        assertThat(first.get("rank").asInt()).isEqualTo(2);
        assertThat(CatalogueJson.tag(catalogue.tag("food").orElseThrow(), 10).toString()).isEqualTo("{\"tag\":\"food\",\"posts\":3,"
                + "\"post_share\":0.5,\"idf\":1.559616,\"spread\":1.0,\"category_count\":1,"
                + "\"categories\":[{\"id\":0,\"name\":\"food_italy\",\"share\":1.0,\"weight\":0.839559,\"rank\":1}]}");
    }
}
